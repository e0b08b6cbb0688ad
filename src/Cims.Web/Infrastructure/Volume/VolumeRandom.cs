namespace Cims.Web.Infrastructure.Volume;

/// <summary>
/// A small deterministic generator (SplitMix64): the same seed and key give the same numbers on every run and
/// machine, so each table's pass can recompute an incident's plan instead of holding it in memory.
/// </summary>
public struct VolumeRandom(ulong state)
{
    private ulong _state = state;

    public static VolumeRandom For(int seed, int stream, long key) =>
        new(Mix(((ulong)(uint)seed << 32) ^ ((ulong)(uint)stream << 48) ^ (ulong)key));

    public ulong NextULong() => Mix(_state += 0x9E3779B97F4A7C15UL);

    /// <summary>A number from 0 (inclusive) to <paramref name="max"/> (exclusive).</summary>
    public int Next(int max) => (int)(NextULong() % (ulong)max);

    public int Next(int min, int max) => min + Next(max - min);

    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
