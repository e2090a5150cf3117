using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "France strongly advises its citizens to leave the Ivory Coast", "Kuwait urges its citizens to leave Iraq", "the
/// British government pleads with its citizens to avoid this lethal theatre": a request or warning addressed to the
/// speaker's own citizens (data/words/own-people-nouns.txt, after "its" or "their", data/words/group-possessives.txt) is a travel advisory, which the
/// labelling conventions code as no event. A call on others to take their citizens back is a request to them, and
/// stays.
/// </summary>
public sealed class Advisories : ICodingPass
{
    public string Name => "advisories";

    public void Apply(SentenceCoding s)
    {
        s.DropWhere(e => e.Category is PloverCategory.Request or PloverCategory.Threaten && AddressesOwnPeople(s, e.Match.Last + 1)
            ? "dropped: advice to the speaker's own citizens, a travel advisory" : null);

        static bool AddressesOwnPeople(SentenceCoding s, int t)
        {
            var d = s.Document;
            // "pleads with its citizens", "issued a warning to its citizens"
            if (t < s.Sentence.EndToken && d.TagOf(t) is PosTag.IN or PosTag.TO) t++;
            if (t + 1 >= s.Sentence.EndToken || !s.Syntax.Words.GroupPossessives.Contains(d.LowerOf(t))) return false;
            return s.Syntax.Words.OwnPeopleNouns.Contains(d.LowerOf(t + 1));
        }
    }
}
