using Cims.Web.Features.Learn.Modules;

namespace Cims.Web.Features.Learn;

/// <summary>The five modules, in the order of the five-stage model.</summary>
public static class LearnCatalogue
{
    public static readonly IReadOnlyList<LearnModule> All =
        [EndToEnd.Module, Reporting.Module, Investigating.Module, Reviewing.Module, UsingTheData.Module];

    public static LearnModule? Find(string key) => All.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every module, those for one of the user's roles first (each group in the model's order).</summary>
    public static IReadOnlyList<LearnModule> ForUser(IEnumerable<string> roles)
    {
        var held = roles.ToList();
        return [.. All.Where(m => m.IsFor(held)), .. All.Where(m => !m.IsFor(held))];
    }
}
