using Cims.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cims.Web.Features.Shared;

/// <summary>How a form page shows an expected failure.</summary>
public static class ModelStateErrors
{
    /// <summary>Puts an expected failure beside its field, or at the top of the form when it has none.</summary>
    public static void AddError(this ModelStateDictionary modelState, Error error) =>
        modelState.AddModelError(error.Field ?? string.Empty, error.Message);
}
