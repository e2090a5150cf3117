using Parley.Model;

namespace Parley.Io;

/// <summary>A sentence of a CoNLL-U treebank: its words, Penn tags and dependency heads (0 for the root).</summary>
public sealed record TreebankSentence(string Id, IReadOnlyList<string> Words, IReadOnlyList<PosTag> Tags, IReadOnlyList<int> Heads, IReadOnlyList<string> Relations);

/// <summary>
/// Reads CoNLL-U files (Universal Dependencies, e.g. UD English EWT): one word per line, ten TAB-separated
/// columns; multiword-token and empty-node lines are skipped; Penn tags come from the XPOS column.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<TreebankSentence> Read(string path, ProblemLog problems)
    {
        var words = new List<string>();
        var tags = new List<PosTag>();
        var heads = new List<int>();
        var relations = new List<string>();
        var id = "";
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) { id = line[12..].Trim(); continue; }
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return new TreebankSentence(id, words.ToArray(), tags.ToArray(), heads.ToArray(), relations.ToArray());
                words.Clear(); tags.Clear(); heads.Clear(); relations.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length != 10) { problems.Add(path, number, $"expected 10 columns, found {fields.Length}"); continue; }
            if (fields[0].Contains('-') || fields[0].Contains('.')) continue;
            words.Add(fields[1]);
            tags.Add(PennTag(fields[4]));
            heads.Add(int.TryParse(fields[6], out var head) ? head : 0);
            relations.Add(fields[7]);
        }
        if (words.Count > 0) yield return new TreebankSentence(id, words.ToArray(), tags.ToArray(), heads.ToArray(), relations.ToArray());
    }

    /// <summary>EWT's Penn tags in Parley's tag set: its extra tags fold into the nearest Penn one.</summary>
    public static PosTag PennTag(string xpos) => xpos switch
    {
        "HYPH" => PosTag.Hyphen,
        "NFP" or "GW" => PosTag.SYM,
        "ADD" => PosTag.NN,
        "AFX" => PosTag.JJ,
        "XX" => PosTag.FW,
        _ => PosTags.TryParse(xpos, out var tag) ? tag : PosTag.SYM,
    };
}
