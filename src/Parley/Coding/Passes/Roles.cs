using Parley.Model;

namespace Parley.Coding.Passes;

/// <summary>
/// Assigns actors and recipients (see <see cref="RoleFinder"/>). A speech act takes the parties of the act
/// it absorbed as its recipients ("urged Russia to withdraw from Ukraine": Russia and Ukraine; "accused
/// Russia of shelling": Russia). An order given to the actor's own forces or officials ("Putin ordered the
/// call-up of reservists") is coded as the act ordered, by the one who ordered it; an order to another
/// state or body stays a demand.
/// </summary>
public sealed class Roles : ICodingPass
{
    public string Name => "roles";

    public void Apply(SentenceCoding s)
    {
        var roles = new RoleFinder(s);
        foreach (var e in s.Events)
        {
            roles.Assign(e);
            if (e.IsOrder && e.Absorbed is { } act) OrderAsAct(s, roles, e, act);
            if (e.Absorbed is { } inner && e.Recipient.Count == 0) ContentParties(roles, e, inner);
        }
    }

    static void ContentParties(RoleFinder roles, CodedEvent e, CodedEvent inner)
    {
        roles.Assign(inner);
        var content = e.Category == PloverCategory.Accuse ? inner.Actor
            : inner.Recipient.Concat(inner.Category is PloverCategory.Consult or PloverCategory.Support or PloverCategory.Cooperate && e.Actor.Count > 0 ? inner.Actor : []);
        foreach (var r in content)
            if (!e.Actor.Any(a => EntityFinder.SameEntity(a, r)) && !e.Recipient.Any(x => EntityFinder.SameEntity(x, r))) e.Recipient.Add(r);
    }

    static void OrderAsAct(SentenceCoding s, RoleFinder roles, CodedEvent e, CodedEvent act)
    {
        var actorCountries = e.ActorCountries();
        // "ordered a missile strike on Syrian facilities": the act is the order's object and nobody is told
        // to do it, so the order goes to the actor's own side and the parties after it are the act's
        // (an intergovernmental body's order, "a ceasefire ordered by the Security Council", stays a REQUEST).
        var actOrdered = e.Clause is { } order && order.Head == e.Match.Anchor && order.Object.Contains(act.Match.Anchor)
                         && !e.Actor.Any(a => a.Entity.OrgType == OrgType.IGO);
        var toOwn = actOrdered || e.Recipient.All(r => r.Entity.Country is null && r.Entity.Org is null
                                         || r.Entity.Country is { } c && actorCountries.Contains(c) && r.Entity.Sector is not null && r.Entity.Org is null);
        if (!toOwn) return;
        if (act.Actor.Count == 0 && act.Recipient.Count == 0) roles.Assign(act);
        e.Reasons.Add($"an order to its own side: coded as the act ordered ({act.Category.Name()})");
        e.Category = act.Category;
        e.Mode = act.Mode;
        e.Cameo = act.Cameo;
        e.Recipient.Clear();
        foreach (var r in act.Recipient) if (!e.Actor.Any(a => EntityFinder.SameEntity(a, r))) e.Recipient.Add(r);
    }
}
