using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Parley.Model;

namespace Parley.Server.Api;

/// <summary>Text to code: one document.</summary>
public sealed record CodeRequest(
    [property: Description("The text: one or more sentences.")] string Text,
    [property: Description("Its publication date (ISO 8601), that relative dates resolve against; default today.")] string? Date = null);

/// <summary>An event coded from the text, where its words are in the sentence, and every decision behind it with the pass that made it.</summary>
public sealed record ExplainedEventJson(EventJson Event, Highlight? Trigger, IReadOnlyList<PartyHighlight> Actors, IReadOnlyList<PartyHighlight> Recipients,
    IReadOnlyList<string> Reasons);

/// <summary>Words a trigger matched that the coder decided are no event, and why.</summary>
public sealed record DroppedJson(string Words, string? Event, string Why);

/// <summary>One sentence of the text: its offset in the text, its events and the candidates dropped.</summary>
public sealed record CodedSentenceJson(int Index, int Start, string Text, IReadOnlyList<ExplainedEventJson> Events, IReadOnlyList<DroppedJson> Dropped);

/// <summary>What the coder made of a text: `parley code` and `parley explain` in one answer.</summary>
public sealed record CodeResultJson(IReadOnlyList<EventJson> Events, IReadOnlyList<CodedSentenceJson> Sentences);

/// <summary>POST /api/code: codes a text with the real pipeline and explains it. Nothing is stored.</summary>
public static class CodeApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/code", CodeAsync).WithName("Code")
            .WithSummary("Codes a text sent as JSON ({\"text\": ..., \"date\": ...}) and returns its events with the explanation of each; nothing is stored.");

    static async Task<Results<Ok<CodeResultJson>, ValidationProblem>> CodeAsync(HttpContext http, CodeRequest request, TextCoder coder,
        IOptions<ServerOptions> options, TimeProvider clock, CancellationToken cancel)
    {
        var errors = new Dictionary<string, string[]>();
        FilterParameters.RejectUnknown(http.Request, [], errors);
        var max = options.Value.MaxCodeCharacters;
        if (string.IsNullOrWhiteSpace(request.Text)) errors["text"] = ["give the text to code"];
        else if (request.Text.Length > max) errors["text"] = [$"the text is {request.Text.Length:N0} characters; at most {max:N0} are coded here (use `parley code` for more)"];
        var date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (request.Date is not null && !DateOnly.TryParseExact(request.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            errors["date"] = [$"'{request.Date}' is not an ISO 8601 date such as 2023-05-12"];
        if (errors.Count > 0) return Problems.Invalid(errors);
        var result = await coder.UseAsync(pipeline => Code(pipeline, new Article("pasted", request.Text, date)), cancel);
        return TypedResults.Ok(result);
    }

    static CodeResultJson Code(Pipeline pipeline, Article article)
    {
        var analyses = new List<SentenceAnalysis>();
        var events = pipeline.Analyze(article, out var d, keepAnalyses: true, analyses);
        var sentences = new List<CodedSentenceJson>();
        foreach (var a in analyses.Where(a => a.Sentence.TokenCount > 0))
        {
            var start = d.ToOriginal(a.Sentence.Start);
            var text = article.Text[start..(d.ToOriginal(a.Sentence.End - 1) + 1)];
            var explained = events.Where(e => e.Sentence == a.Sentence.Index).Select(e =>
            {
                var trigger = Evidence.At(text, e.SpanStart - start, e.SpanEnd - start, e.EventText) ?? Evidence.Find(text, e.EventText, 0);
                var reasons = e.Id.Index < a.Events.Count ? a.Events[e.Id.Index].Reasons.Select(r => r.ToString()).ToList() : [];
                return new ExplainedEventJson(EventJson.From(e), trigger, Evidence.Parties(text, e.Actor, trigger), Evidence.Parties(text, e.Recipient, trigger), reasons);
            }).ToList();
            var dropped = a.Dropped.Select(e => new DroppedJson(d.TextOf(e.Match.First, e.Match.Last), e.Category.Name(),
                e.DropDecision?.ToString() ?? "dropped")).ToList();
            // Triggers claimed by a longer pattern never became candidates.
            dropped.AddRange(a.Matches.Where(m => a.Events.All(e => e.Match != m) && a.Dropped.All(e => e.Match != m))
                .Select(m => new DroppedJson(d.TextOf(m.First, m.Last), null, "not a candidate: a longer trigger pattern took these words")));
            sentences.Add(new CodedSentenceJson(a.Sentence.Index, start, text, explained, dropped));
        }
        return new CodeResultJson(events.Select(EventJson.From).ToList(), sentences);
    }
}
