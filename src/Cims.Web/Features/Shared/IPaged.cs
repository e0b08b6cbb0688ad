namespace Cims.Web.Features.Shared;

/// <summary>What the pager partial needs to know about a page of results.</summary>
public interface IPaged
{
    int Page { get; }

    int TotalPages { get; }

    int TotalCount { get; }
}
