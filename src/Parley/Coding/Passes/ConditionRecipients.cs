using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// "Nato's response would be devastating if Russia used a nuclear weapon": a warning with no one named is
/// aimed at whoever its if-condition is about.
/// </summary>
public sealed class ConditionRecipients : ICodingPass
{
    public string Name => "condition-recipients";

    public void Apply(SentenceCoding s)
    {
        var d = s.Document;
        var entities = new EntityFinder(s);
        foreach (var e in s.Events)
        {
            if (e.Category != PloverCategory.Threaten || e.Recipient.Count > 0 || e.Actor.Count == 0) continue;
            foreach (var c in s.Clauses)
            {
                if (c.Subordinator is not ("if" or "unless") || c.Subject.IsEmpty || c == e.Clause) continue;
                foreach (var m in s.ActorsIn(c.Subject).Where(m => m.Entity?.Code is not null))
                {
                    var entity = entities.EntityOf(m);
                    if (!e.Actor.Any(a => EntityFinder.SameEntity(a, entity)) && !e.Recipient.Any(r => EntityFinder.SameEntity(r, entity))) e.Recipient.Add(entity);
                }
                if (e.Recipient.Count == 0) continue;
                e.Reasons.Add($"recipient: who the condition is about ('{d.TextOf(c.Subject.First, c.Subject.End - 1)}')");
                break;
            }
        }
    }
}
