using Parley.Model;
using Parley.Text;

namespace Parley.Coding.Passes;

/// <summary>
/// "The two leaders agreed the Assad regime had a pattern of dangerous behaviour", "Cabinet agreed it was vital that the use
/// of chemical weapons did not go unchallenged": agreeing that something is so shares a view; PLOVER's AGREE is agreeing to
/// act. A clause that says what will be done ("agreed that troops would withdraw") is an agreement and stays, and so is
/// what two or more parties agree between them.
/// </summary>
public sealed class AgreedViews : ICodingPass
{
    public string Name => "agreed-views";

    public void Apply(SentenceCoding s)
    {
        var d = s.Document;
        // ("Belgium and the Netherlands agree that one section of their border is now the centre of the Meuse": states that
        // agree with each other settle something between them.)
        s.DropWhere(e => e.Category == PloverCategory.Agree && e.Match.Tokens.Length == 0 && d.LemmaOf(e.Match.Anchor) == "agree" && e.ActorCodes().Count < 2
                         && e.Clause is { } agreeing && agreeing.Head == e.Match.Anchor && ViewAgreed(s, agreeing) is { } view
            ? $"dropped: agreeing that '{d.TextOf(view.First, view.Head)}' shares a view, it agrees to no act" : null);
    }

    /// <summary>The finite clause with no modal right after the verb of agreeing (after "that", if any), which states a view.</summary>
    static Clause? ViewAgreed(SentenceCoding s, Clause agreeing)
    {
        var d = s.Document;
        var start = agreeing.End < s.Sentence.EndToken && d.LowerOf(agreeing.End) == "that" ? agreeing.End + 1 : agreeing.End;
        // ("agreed the Assad regime had ...": the view's subject may have been read as the verb's object.)
        return s.Clauses.FirstOrDefault(c => c.Head > agreeing.Head && (c.Governor == agreeing || c.Governor is null) && !c.NonFinite && c.Modal is null
                                             && !c.Subject.IsEmpty && c.Subject.First == start);
    }
}
