using Cims.Domain.Common;
using Cims.Web.Features.Api.Webhooks.Delivery;
using FluentValidation;

namespace Cims.Web.Features.Api.Webhooks.Pages;

/// <summary>The add and edit form of a webhook.</summary>
public sealed record WebhookForm
{
    public string? Url { get; init; }

    public string? Description { get; init; }

    public string[]? Events { get; init; }

    /// <summary>The concurrency token the editor started from (edit only).</summary>
    public Guid? Version { get; init; }
}

/// <summary>The rules that need no network; where the host resolves is checked by the use case.</summary>
public sealed class WebhookFormValidator : AbstractValidator<WebhookForm>
{
    public WebhookFormValidator(WebhookAddressPolicy policy)
    {
        RuleFor(f => f.Url).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the address CIMS should send events to, starting with https://.")
            .MaximumLength(WebhookSubscription.UrlMaxLength).WithMessage($"Enter an address of {WebhookSubscription.UrlMaxLength} characters or fewer.")
            .Must(u => policy.CheckForm(u) is null).WithMessage(f => policy.CheckForm(f.Url)?.Message ?? "");
        RuleFor(f => f.Description).MaximumLength(WebhookSubscription.DescriptionMaxLength)
            .WithMessage($"Enter a description of {WebhookSubscription.DescriptionMaxLength} characters or fewer.");
        RuleFor(f => f.Events).Must(e => e is { Length: > 0 } && e.All(WebhookEventTypes.IsOffered))
            .WithMessage("Choose at least one event to receive.");
    }
}

public static class WebhookErrors
{
    public const string EntityType = "Webhook";

    public static readonly Error Concurrency = new(
        "webhook.concurrency", "Someone else changed this webhook after you opened it. Check it as it is now, then make your change again.");

    public static readonly Error NotFailed = new("webhook.not_failed", "Only an event whose delivery failed can be sent again.");

    public static Error NotFound(int id) => Error.NotFound("webhook.not_found", $"There is no webhook {id} of your organisation.");
}
