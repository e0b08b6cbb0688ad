using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Cims.Web.Infrastructure.Mvc;

/// <summary>
/// Views live beside their controller: a controller in namespace Cims.Web.Features.Admin.Users finds
/// its views in /Features/Admin/Users/, then in the parent feature's folder (/Features/Admin/), then
/// /Features/Shared/. So a sub-feature uses its feature's partials by name.
/// </summary>
public sealed class FeatureConvention : IControllerModelConvention
{
    private const string Root = "Cims.Web.Features.";

    public void Apply(ControllerModel controller)
    {
        var ns = controller.ControllerType.Namespace ?? "";
        controller.Properties["feature"] = ns.StartsWith(Root, StringComparison.Ordinal)
            ? ns[Root.Length..].Replace('.', '/')
            : "Shared";
    }
}

public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor.Properties.TryGetValue("feature", out var feature))
            context.Values["feature"] = feature as string;
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue("feature", out var feature) && feature is not null)
        {
            for (var folder = feature; folder.Length > 0; folder = folder.Contains('/', StringComparison.Ordinal) ? folder[..folder.LastIndexOf('/')] : "")
                yield return $"/Features/{folder}/{{0}}.cshtml";
        }

        yield return "/Features/Shared/{0}.cshtml";
    }
}
