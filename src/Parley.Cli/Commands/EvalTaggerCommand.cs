using System.ComponentModel;
using Parley.Io;
using Parley.Model;
using Parley.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class EvalTaggerSettings : KnowledgeSettings
{
    [CommandArgument(0, "[FILE]")]
    [Description("A CoNLL-U treebank file (default: ../shared/treebank/en_ewt-ud-test.conllu).")]
    public string? File { get; init; }
}

/// <summary>`parley eval-tagger`: tagging accuracy on a treebank's words, for the trained tagger and the rule-based one.</summary>
public sealed class EvalTaggerCommand(ConsoleStreams io) : Command<EvalTaggerSettings>
{
    public override int Execute(CommandContext context, EvalTaggerSettings settings, CancellationToken cancellation)
    {
        var file = settings.File ?? Loading.FindInCheckout(Path.Combine("..", "shared", "treebank", "en_ewt-ud-test.conllu"));
        if (file is null || !System.IO.File.Exists(file))
        {
            io.Error.MarkupLine("[red]error:[/] treebank not found; give the path of a .conllu file");
            return ExitCodes.Usage;
        }
        var pipeline = Loading.Pipeline(settings, io);
        if (pipeline is null) return ExitCodes.Usage;
        var problems = new ProblemLog();
        var sentences = ConlluReader.Read(file, problems).ToList();
        var models = pipeline.Models;
        var rules = new PosTagger(models.Lexicon, new Lemmatizer(models.Lexicon), models.Words);
        int words = 0, trained = 0, ruled = 0;
        foreach (var s in sentences)
        {
            var ruleTags = rules.RuleTags(s.Words);
            Span<PosTag> tags = new PosTag[s.Words.Count];
            models.Tagger?.Tag(s.Words, ruleTags, tags);
            for (var i = 0; i < s.Words.Count; i++)
            {
                words++;
                if (tags[i] == s.Tags[i]) trained++;
                if (ruleTags[i] == s.Tags[i]) ruled++;
            }
        }
        io.Out.MarkupLineInterpolated($"{Path.GetFileName(file)}: {sentences.Count} sentences, {words} words");
        if (models.Tagger is not null) io.Out.MarkupLineInterpolated($"trained tagger (data/models/tagger.tsv): {(double)trained / words:P2} of words tagged right");
        io.Out.MarkupLineInterpolated($"rule-based tagger (lexicon and contextual rules): {(double)ruled / words:P2}");
        return ExitCodes.Success;
    }
}
