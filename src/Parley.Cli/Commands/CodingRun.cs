using System.Diagnostics;
using Parley.Io;
using Parley.Model;
using Parley.Sources.Languages;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// Codes every document of the inputs, reporting bad records on stderr as `file:line: message` and going
/// on, and hands each document's events to a sink. Shows a progress bar (documents, sentences/s, events,
/// time left) when a person watches, and a one-line summary at the end. Only the events <paramref name="keep"/> accepts
/// (all by default) reach the sink and are counted, so the figures shown are those of what is written.
/// </summary>
public sealed class CodingRun(Pipeline pipeline, Inputs inputs, ConsoleStreams io, bool strict, DateOnly? defaultDate, Func<PloverEvent, bool>? keep = null)
{
    public int Documents { get; private set; }
    public int Sentences { get; private set; }
    public int Events { get; private set; }
    public int Problems { get; private set; }

    /// <summary>Documents left uncoded because they are not in English, by language code.</summary>
    public SortedDictionary<string, int> OtherLanguages { get; } = new(StringComparer.Ordinal);

    /// <summary>Runs to the end of the inputs (or the first bad record when strict); false when stopped early.</summary>
    public bool Run(Action<Article, IReadOnlyList<PloverEvent>> sink, bool showProgress)
    {
        var clock = Stopwatch.StartNew();
        var finished = showProgress ? WithProgress(sink) : Loop(sink, null);
        if (showProgress)
        {
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
            io.Error.MarkupLineInterpolated($"[green]{Documents:N0} documents, {Sentences:N0} sentences, {Events:N0} events in {seconds:F1} s ({Sentences / seconds:N0} sentences/s)[/]{(Problems > 0 ? $"; {Problems} bad records skipped" : "")}");
        }
        return finished;
    }

    bool WithProgress(Action<Article, IReadOnlyList<PloverEvent>> sink)
    {
        var finished = true;
        io.Error.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("coding", maxValue: Math.Max(1, inputs.TotalBytes ?? 1));
                task.IsIndeterminate = inputs.TotalBytes is null;
                var clock = Stopwatch.StartNew();
                finished = Loop(sink, () =>
                {
                    task.Value = inputs.BytesRead;
                    var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Description = $"{Documents:N0} documents ({Documents / seconds:N0}/s), {Sentences / seconds:N0} sentences/s, {Events:N0} events ({Events / seconds:N0}/s)";
                });
                task.Value = task.MaxValue;
            });
        return finished;
    }

    bool Loop(Action<Article, IReadOnlyList<PloverEvent>> sink, Action? progress)
    {
        var seen = new Dictionary<string, (string Where, ulong Text)>(StringComparer.Ordinal);
        // Only English is coded for now: documents in other languages are counted and reported, not coded as English.
        foreach (var result in inputs.Read().OnlyLanguage("en", skipped => OtherLanguages[skipped.Language!] = OtherLanguages.GetValueOrDefault(skipped.Language!) + 1))
        {
            if (result.Problem is { } problem)
            {
                Report(problem);
                if (strict && !problem.Warning) return false;
                continue;
            }
            var article = result.Article!;
            if (article.Date is null && defaultDate is not null) article = article with { Date = defaultDate };
            if (!seen.TryAdd(article.Id, (result.Where, TextFingerprint(article.Text))))
            {
                // The same page met twice (in a feed and in a crawl of it, say) is read once; two different texts under one
                // id are a fault of the input, since event ids are made from document ids.
                var first = seen[article.Id];
                var same = first.Text == TextFingerprint(article.Text);
                Report(new Problem(result.File ?? "input", result.Line, same
                    ? $"document '{article.Id}' already read at {first.Where}, with the same text: read once"
                    : $"duplicate document id '{article.Id}' with another text (first at {first.Where}): skipped, as event ids are made from document ids") { Warning = same });
                if (strict && !same) return false;
                continue;
            }
            var coded = pipeline.CodeDocument(article);
            Documents++;
            Sentences += coded.Sentences;
            var events = keep is null ? coded.Events : coded.Events.Where(keep).ToList();
            Events += events.Count;
            sink(article, events);
            progress?.Invoke();
        }
        return true;
    }

    /// <summary>
    /// A 64-bit FNV-1a hash of the text's words, blind to how lines and spaces fall (a feed's text and its page's differ
    /// there); computed for every document, so it allocates nothing.
    /// </summary>
    static ulong TextFingerprint(string text)
    {
        var hash = 14695981039346656037UL;
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (space) { hash = (hash ^ ' ') * 1099511628211UL; space = false; }
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    /// <summary>One line on stderr naming the documents left uncoded for their language, if any.</summary>
    public void ReportOtherLanguages()
    {
        if (OtherLanguages.Count == 0) return;
        var total = OtherLanguages.Values.Sum();
        var which = string.Join(", ", OtherLanguages.Select(x => $"{x.Key} {x.Value}"));
        io.Error.MarkupLineInterpolated($"[yellow]note:[/] {total} document(s) not in English were not coded ({which}); only English is coded for now.");
    }

    void Report(Problem problem)
    {
        if (problem.Warning)
        {
            io.Error.MarkupLineInterpolated($"[yellow]warning:[/] {problem.ToString()}");
            return;
        }
        Problems++;
        io.Error.MarkupLineInterpolated($"[red]error:[/] {problem.ToString()}");
    }
}
