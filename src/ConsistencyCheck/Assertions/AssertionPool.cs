using System.Collections.Concurrent;
using ConsistencyCheck.Assertions;

namespace ConsistencyCheck.Assertions;

/// <summary>
/// Shares equal subjects and predicates between the assertions of one run, so that holding millions of assertions
/// costs one copy of "residents / people" rather than one per figure. Scoped to one call (never static); stops
/// adding once it holds <see cref="Capacity"/> values of a kind, so it stays bounded. Thread-safe.
/// </summary>
internal sealed class AssertionPool
{
    public const int Capacity = 1 << 16;

    private readonly ConcurrentDictionary<Subject, Subject> _subjects = new();
    private readonly ConcurrentDictionary<Predicate, Predicate> _predicates = new();

    /// <summary><paramref name="assertion"/> with its subject and predicate replaced by shared equal ones.</summary>
    public Assertion Share(Assertion assertion)
    {
        var subject = Share(_subjects, assertion.Subject);
        var predicate = Share(_predicates, assertion.Predicate);
        return ReferenceEquals(subject, assertion.Subject) && ReferenceEquals(predicate, assertion.Predicate)
            ? assertion
            : assertion with { Subject = subject, Predicate = predicate };
    }

    private static T Share<T>(ConcurrentDictionary<T, T> pool, T value)
        where T : notnull
    {
        if (pool.TryGetValue(value, out var shared))
        {
            return shared;
        }

        return pool.Count < Capacity ? pool.GetOrAdd(value, value) : value;
    }
}
