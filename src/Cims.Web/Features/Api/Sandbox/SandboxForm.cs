using Cims.Web.Infrastructure.Api;
using FluentValidation;

namespace Cims.Web.Features.Api.Sandbox;

/// <summary>The CIMS administrator's form issuing sandbox credentials to a vendor.</summary>
public sealed record SandboxForm
{
    public const int VendorMaxLength = 100;
    public const int ContactMaxLength = 80;

    public string? Vendor { get; init; }

    /// <summary>Who at the vendor to contact (a name or an e-mail address), kept in the client's name.</summary>
    public string? Contact { get; init; }

    public string[]? Scopes { get; init; }

    /// <summary>The client's name as the audit log and the sandbox incidents' history show it.</summary>
    public string ClientName => $"{Vendor?.Trim()} – {Contact?.Trim()} (sandbox)";
}

public sealed class SandboxFormValidator : AbstractValidator<SandboxForm>
{
    public SandboxFormValidator()
    {
        RuleFor(f => f.Vendor).NotEmpty().WithMessage("Enter the vendor's name.")
            .MaximumLength(SandboxForm.VendorMaxLength).WithMessage($"Enter a vendor name of {SandboxForm.VendorMaxLength} characters or fewer.");
        RuleFor(f => f.Contact).NotEmpty().WithMessage("Enter who to contact at the vendor, a name or an e-mail address.")
            .MaximumLength(SandboxForm.ContactMaxLength).WithMessage($"Enter a contact of {SandboxForm.ContactMaxLength} characters or fewer.");
        RuleFor(f => f.Scopes).Must(s => s is { Length: > 0 } && s.All(ApiScopes.All.Contains))
            .WithMessage("Choose at least one scope.");
    }
}
