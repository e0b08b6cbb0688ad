using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Cims.Web.Features.Shared;

/// <summary>Cims:Reference:CacheSeconds — how long a node keeps the reference lists a report form or the API reads (ADR 0039).</summary>
public sealed class ReferenceCacheOptions
{
    public const string Section = "Cims:Reference";

    /// <summary>Seconds a node keeps a list of choices; 0 reads them on every request.</summary>
    public int CacheSeconds { get; set; } = 30;
}

/// <summary>
/// The reference lists every report form and every API submission reads (areas, service types, incident types, option
/// lists, and which of them an organisation offers), kept by the node for <see cref="ReferenceCacheOptions.CacheSeconds"/>.
/// A save that changes reference data or an organisation on this node forgets them at once (<see cref="Forget"/>, called
/// by the context's save); another node sees the change when its copy expires.
/// </summary>
public sealed class ReferenceCache(IMemoryCache cache, IOptions<ReferenceCacheOptions> options)
{
    private static long _generation;

    /// <summary>Reference data changed: every list read before now is read again.</summary>
    public static void Forget() => Interlocked.Increment(ref _generation);

    /// <summary>Whether a saved entity of this type changes what the lists hold (reference data, organisations and their areas).</summary>
    public static bool Holds(Type entity) => entity.Namespace is "Cims.Domain.Reference" or "Cims.Domain.Organisations";

    public async Task<T> GetAsync<T>(string list, object key, Func<Task<T>> read)
    {
        var seconds = options.Value.CacheSeconds;
        if (seconds <= 0)
            return await read();
        var entry = (list, key, Interlocked.Read(ref _generation));
        if (cache.TryGetValue(entry, out T? kept))
            return kept!;
        var value = await read();
        cache.Set(entry, value, TimeSpan.FromSeconds(seconds));
        return value;
    }
}
