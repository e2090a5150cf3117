namespace Parley.Text;

/// <summary>A token range [First, End); empty when First == End.</summary>
public readonly record struct TokenRange(int First, int End)
{
    public static readonly TokenRange None = new(-1, -1);
    public bool IsEmpty => End <= First;
    public bool Contains(int token) => token >= First && token < End;
}

/// <summary>A prepositional phrase: the preposition and the noun phrase it governs.</summary>
public readonly record struct PrepPhrase(string Preposition, int PrepToken, TokenRange Object);

/// <summary>
/// A clause built around one verb group: the verb's tense, negation, modality and voice, its
/// subject, object and prepositional phrases, and the verb that governs it (for infinitives,
/// participles and reported speech).
/// </summary>
public sealed class Clause
{
    public required int First { get; init; }
    public required int Head { get; init; }
    public required int End { get; init; }
    public string? Modal { get; set; }
    public bool Negated { get; set; }
    public bool Passive { get; set; }
    public bool Past { get; set; }
    public bool Perfect { get; set; }
    public bool Infinitive { get; set; }
    public bool NonFinite { get; set; }
    public TokenRange Subject { get; set; } = TokenRange.None;

    /// <summary>Where the clause begins: its subject when that comes before the verb group ("Police in Dhaka ban").</summary>
    public int Start => Subject.IsEmpty ? First : Math.Min(First, Subject.First);
    public TokenRange Object { get; set; } = TokenRange.None;
    public List<PrepPhrase> Preps { get; } = [];

    /// <summary>The clause whose verb governs this one (an infinitive's controller, a speech verb).</summary>
    public Clause? Governor { get; set; }

    /// <summary>The subordinating word that introduces the clause ("if", "unless", "that", "which").</summary>
    public string? Subordinator { get; set; }

    /// <summary>Where the clause's words stop: the next clause's verb group or a boundary.</summary>
    public int Limit { get; set; }

    public TokenRange? AgentPhrase => Preps.FirstOrDefault(p => p.Preposition == "by") is { PrepToken: > 0 } by && Passive ? by.Object : null;
}
