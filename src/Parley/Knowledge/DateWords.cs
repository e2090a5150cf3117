using System.Globalization;
using Parley.Io;

namespace Parley.Knowledge;

/// <summary>The words of date expressions (data/lexicon/date-words.tsv): months, weekdays, number words and calendar units.</summary>
public sealed class DateWords
{
    readonly Dictionary<string, int> months = new(StringComparer.Ordinal);
    readonly Dictionary<string, DayOfWeek> weekdays = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> numbers = new(StringComparer.Ordinal);
    readonly Dictionary<string, string> units = new(StringComparer.Ordinal);

    static readonly string[] Units = ["day", "week", "weekend", "month", "year", "decade", "century"];

    public bool TryMonth(string word, out int month) => months.TryGetValue(word, out month);
    public bool TryWeekday(string word, out DayOfWeek day) => weekdays.TryGetValue(word, out day);
    public bool TryNumber(string word, out int number) => numbers.TryGetValue(word, out number);
    public bool IsNumber(string word) => numbers.ContainsKey(word);

    /// <summary>The calendar unit a word names ("weeks" → "week"), or null.</summary>
    public string? Unit(string word) => units.GetValueOrDefault(word);

    public static DateWords Load(string dataDirectory, ProblemLog problems)
    {
        var words = new DateWords();
        foreach (var line in DataFile.Read(Path.Combine(dataDirectory, "lexicon", "date-words.tsv"), 3, problems))
        {
            var word = line[0].Trim();
            var value = line[2].Trim();
            var ok = line[1].Trim() switch
            {
                "month" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 && words.months.TryAdd(word, m),
                "weekday" => Enum.TryParse<DayOfWeek>(value, ignoreCase: true, out var day) && words.weekdays.TryAdd(word, day),
                "number" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && words.numbers.TryAdd(word, n),
                "unit" => Units.Contains(value) && words.units.TryAdd(word, value),
                _ => false,
            };
            if (!ok) problems.Add(line.File, line.Number, $"'{word}': kind must be month (1-12), weekday (its name), number or unit ({string.Join(", ", Units)}), listed once");
        }
        return words;
    }
}
