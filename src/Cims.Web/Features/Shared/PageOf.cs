namespace Cims.Web.Features.Shared;

/// <summary>One page of a list, counted and cut on the server.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int TotalPages, int TotalCount) : IPaged;
