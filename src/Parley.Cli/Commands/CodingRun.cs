using System.Diagnostics;
using Parley.Io;
using Parley.Model;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// Codes every document of the inputs, reporting bad records on stderr as `file:line: message` and going
/// on, and hands each document's events to a sink. Shows a progress bar (documents, sentences/s, events,
/// time left) when a person watches, and a one-line summary at the end.
/// </summary>
public sealed class CodingRun(Pipeline pipeline, Inputs inputs, ConsoleStreams io, bool strict, DateOnly? defaultDate)
{
    public int Documents { get; private set; }
    public int Sentences { get; private set; }
    public int Events { get; private set; }
    public int Problems { get; private set; }

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
                    var rate = Sentences / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    task.Description = $"{Documents:N0} documents, {rate:N0} sentences/s, {Events:N0} events";
                });
                task.Value = task.MaxValue;
            });
        return finished;
    }

    bool Loop(Action<Article, IReadOnlyList<PloverEvent>> sink, Action? progress)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var result in inputs.Read(defaultDate))
        {
            if (result.Problem is { } problem)
            {
                Report(problem);
                if (strict) return false;
                continue;
            }
            var article = result.Article!;
            if (article.Date is null && defaultDate is not null) article = article with { Date = defaultDate };
            if (!seen.TryAdd(article.Id, result.Where))
            {
                Report(new Problem(result.File ?? "input", result.Line, $"duplicate document id '{article.Id}' (first at {seen[article.Id]}): skipped, as event ids are made from document ids"));
                if (strict) return false;
                continue;
            }
            var coded = pipeline.CodeDocument(article);
            Documents++;
            Sentences += coded.Sentences;
            Events += coded.Events.Count;
            sink(article, coded.Events);
            progress?.Invoke();
        }
        return true;
    }

    void Report(Problem problem)
    {
        Problems++;
        io.Error.MarkupLineInterpolated($"[red]error:[/] {problem.ToString()}");
    }
}
