using System.Globalization;
using System.Text;
using Parley.Io;
using Parley.Model;

namespace Parley.Text;

/// <summary>
/// A part-of-speech tagger learnt from a treebank: an averaged perceptron over the word, its affixes, shape and
/// lexicon tags, the words around it and the two tags before it, decoded greedily left to right. The weights
/// live in data/models/tagger.tsv, written by `parley train tagger` from UD English EWT.
/// </summary>
public sealed class PerceptronTagger
{
    /// <summary>The tags the model chooses among, in a fixed order (their index is the weight's column).</summary>
    public static readonly PosTag[] Tags = Enum.GetValues<PosTag>().Where(t => t != PosTag.None).ToArray();

    readonly Dictionary<ulong, (byte[] Tags, float[] Weights)> weights;
    readonly Lexicon lexicon;

    PerceptronTagger(Dictionary<ulong, (byte[], float[])> weights, Lexicon lexicon)
    {
        this.weights = weights;
        this.lexicon = lexicon;
    }

    public int FeatureCount => weights.Count;

    /// <summary>Tags the words of a sentence, given the rule-based tagger's tags for them.</summary>
    public void Tag(IReadOnlyList<string> words, ReadOnlySpan<PosTag> rules, Span<PosTag> tags)
    {
        var features = new TaggerFeatures(lexicon);
        Span<double> scores = stackalloc double[Tags.Length];
        for (var i = 0; i < words.Count; i++)
        {
            features.Collect(words, i, i > 0 ? tags[i - 1] : PosTag.None, i > 1 ? tags[i - 2] : PosTag.None, rules[i]);
            scores.Clear();
            foreach (var hash in features.Hashes)
                if (weights.TryGetValue(hash, out var w))
                    for (var k = 0; k < w.Tags.Length; k++) scores[w.Tags[k]] += w.Weights[k];
            var best = 0;
            for (var k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;
            tags[i] = Tags[best];
        }
    }

    /// <summary>Reads data/models/tagger.tsv: `feature  TAG:weight TAG:weight ...`; null when it does not exist.</summary>
    public static PerceptronTagger? Load(string dataDirectory, Lexicon lexicon, ProblemLog problems)
    {
        var path = Path.Combine(dataDirectory, "models", "tagger.tsv");
        if (!File.Exists(path)) return null;
        var index = Tags.Select((t, i) => (t.Name(), (byte)i)).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        var weights = new Dictionary<ulong, (byte[], float[])>(200_000);
        foreach (var line in DataFile.Read(path, 2, problems))
        {
            var pairs = line[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var tags = new byte[pairs.Length];
            var values = new float[pairs.Length];
            var ok = true;
            for (var k = 0; k < pairs.Length && ok; k++)
            {
                var colon = pairs[k].LastIndexOf(':');
                ok = colon > 0 && index.TryGetValue(pairs[k][..colon], out tags[k])
                     && float.TryParse(pairs[k].AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out values[k]);
            }
            if (!ok) { problems.Add(line.File, line.Number, "expected TAG:weight pairs"); continue; }
            weights[TaggerFeatures.Hash(line[0])] = (tags, values);
        }
        return new PerceptronTagger(weights, lexicon);
    }

    /// <summary>Trains on treebank sentences: averaged perceptron, a fixed number of epochs in a fixed shuffled order.</summary>
    /// <param name="rules">The rule-based tagger's tags for each sentence's words.</param>
    public static PerceptronTagger Train(IReadOnlyList<TreebankSentence> sentences, IReadOnlyList<PosTag[]> rules, Lexicon lexicon, int epochs, Action<int, double>? progress = null)
    {
        var trainer = new Training(Tags.Length);
        var features = new TaggerFeatures(lexicon, keepNames: true);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(20261203);
        Span<double> scores = stackalloc double[Tags.Length];
        var tagIndex = Tags.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            var right = 0;
            var total = 0;
            foreach (var s in order)
            {
                var sentence = sentences[s];
                var predicted = new PosTag[sentence.Words.Count];
                for (var i = 0; i < sentence.Words.Count; i++)
                {
                    features.Collect(sentence.Words, i, i > 0 ? predicted[i - 1] : PosTag.None, i > 1 ? predicted[i - 2] : PosTag.None, rules[s][i]);
                    var guess = trainer.Predict(features.Hashes, scores);
                    var gold = tagIndex[sentence.Tags[i]];
                    trainer.Update(features.Hashes, gold, guess);
                    // The next word sees the tag guessed for this one, as it will when tagging.
                    predicted[i] = Tags[guess];
                    right += guess == gold ? 1 : 0;
                    total++;
                }
            }
            progress?.Invoke(epoch + 1, (double)right / total);
        }
        return new PerceptronTagger(trainer.Averaged(), lexicon) { names = features.Names };
    }

    Dictionary<ulong, string>? names;

    /// <summary>Writes the model: a header, then one line per feature with its non-zero weights, sorted by feature.</summary>
    public void Save(string path, IEnumerable<string> header)
    {
        if (names is null) throw new InvalidOperationException("only a model trained in this process can be saved");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var line in header) writer.WriteLine($"# {line}");
        foreach (var (hash, name) in names.OrderBy(n => n.Value, StringComparer.Ordinal))
        {
            if (!weights.TryGetValue(hash, out var w) || w.Tags.Length == 0) continue;
            writer.WriteLine($"{name}\t{string.Join(' ', w.Tags.Select((t, k) => $"{Tags[t].Name()}:{w.Weights[k].ToString("0.###", CultureInfo.InvariantCulture)}"))}");
        }
    }

    /// <summary>The averaged perceptron's bookkeeping: current and summed weights, with the step each was last touched.</summary>
    sealed class Training(int tagCount)
    {
        readonly Dictionary<ulong, double[]> current = [];
        readonly Dictionary<ulong, double[]> totals = [];
        readonly Dictionary<ulong, int[]> stamps = [];
        int step;

        public int Predict(List<ulong> hashes, Span<double> scores)
        {
            scores.Clear();
            foreach (var h in hashes)
                if (current.TryGetValue(h, out var w))
                    for (var k = 0; k < tagCount; k++) scores[k] += w[k];
            var best = 0;
            for (var k = 1; k < tagCount; k++) if (scores[k] > scores[best]) best = k;
            return best;
        }

        public void Update(List<ulong> hashes, int gold, int guess)
        {
            step++;
            if (gold == guess) return;
            foreach (var h in hashes)
            {
                Touch(h, gold, +1);
                Touch(h, guess, -1);
            }
        }

        void Touch(ulong h, int tag, double delta)
        {
            if (!current.TryGetValue(h, out var w))
            {
                current[h] = w = new double[tagCount];
                totals[h] = new double[tagCount];
                stamps[h] = new int[tagCount];
            }
            totals[h][tag] += (step - stamps[h][tag]) * w[tag];
            stamps[h][tag] = step;
            w[tag] += delta;
        }

        public Dictionary<ulong, (byte[], float[])> Averaged()
        {
            var averaged = new Dictionary<ulong, (byte[], float[])>(current.Count);
            foreach (var (h, w) in current)
            {
                var tags = new List<byte>();
                var values = new List<float>();
                for (var k = 0; k < tagCount; k++)
                {
                    var total = totals[h][k] + (step - stamps[h][k]) * w[k];
                    var average = (float)Math.Round(total / step, 3);
                    if (Math.Abs(average) < 0.001f) continue;
                    tags.Add((byte)k);
                    values.Add(average);
                }
                if (tags.Count > 0) averaged[h] = (tags.ToArray(), values.ToArray());
            }
            return averaged;
        }
    }
}
