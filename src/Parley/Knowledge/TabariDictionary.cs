using System.Globalization;
using Parley.Io;
using Parley.Model;

namespace Parley.Knowledge;

/// <summary>
/// Reads actor and agent dictionaries in the TABARI/PETRARCH text format, so that users can reuse
/// the dictionaries they have curated:
/// <code>
/// FARHAD_ALIYEV_  # comment
///     [AZEGOVDEV 030101-051031]     (a code valid between two dates, yymmdd)
/// AFGHANISTAN_  [AFG]
/// +AFGHAN_                          (a synonym of the entry above)
/// POLICE_OFFICER {} [~COP]          (an agent: a sector without a state)
/// !MINIST! = MINISTER, MINISTRY     (a macro, expanded where it is used)
/// </code>
/// CAMEO codes are split into a state (first three letters when they name one), an organisation
/// (IGO/NGO/IMG/MNC prefix) and the first known sector. Entries that cannot be read are reported
/// with file and line and skipped.
/// </summary>
public static class TabariDictionary
{
    public sealed record Imported(IReadOnlyList<string> Phrases, ActorEntry Entry);

    sealed class Pending(string file, int line, string phrase)
    {
        public string File { get; } = file;
        public int Line { get; } = line;
        public List<string> Phrases { get; } = [phrase];
        public string? Code { get; set; }
        public bool IsAgent { get; set; }
        public List<(string Code, DateOnly? From, DateOnly? To)> Dated { get; } = [];
    }

    public static List<Imported> Read(string path, IReadOnlySet<string> countries, ProblemLog problems)
    {
        var result = new List<Imported>();
        var macros = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Pending? current = null;
        var number = 0;
        void Flush()
        {
            if (current is not null && ToEntry(current, countries, problems) is { } entry) result.Add(entry);
            current = null;
        }
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0) continue;
            var trimmed = line.Trim();
            if (trimmed.StartsWith('!') && trimmed.Contains(" = ", StringComparison.Ordinal))
            {
                var parts = trimmed.Split(" = ", 2);
                macros[parts[0].Trim()] = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (trimmed.StartsWith('&') || trimmed.StartsWith('<')) continue; // synsets and tags of verb files
            if (char.IsWhiteSpace(line[0]) && trimmed.StartsWith('['))
            {
                if (current is null) { problems.Add(path, number, "dated code with no entry above it"); continue; }
                if (!TryParseDated(trimmed, out var dated)) { problems.Add(path, number, $"cannot read dated code '{trimmed}'"); continue; }
                current.Dated.Add(dated);
                continue;
            }
            if (trimmed.StartsWith('+'))
            {
                if (current is null) { problems.Add(path, number, "synonym with no entry above it"); continue; }
                current.Phrases.Add(Phrase(trimmed[1..]));
                continue;
            }
            Flush();
            var bracket = trimmed.IndexOf('[');
            var brace = trimmed.IndexOf('{');
            var phraseEnd = new[] { bracket, brace }.Where(i => i >= 0).DefaultIfEmpty(trimmed.Length).Min();
            var phraseText = trimmed[..phraseEnd].Trim();
            if (phraseText.Length == 0) { problems.Add(path, number, "entry without a phrase"); continue; }
            foreach (var expanded in Expand(phraseText, macros))
            {
                current ??= new Pending(path, number, Phrase(expanded));
                if (current.Phrases[0] != Phrase(expanded)) current.Phrases.Add(Phrase(expanded));
            }
            if (current is null) continue;
            if (bracket >= 0)
            {
                var close = trimmed.IndexOf(']', bracket);
                if (close < 0) { problems.Add(path, number, "'[' without ']'"); current = null; continue; }
                var code = trimmed[(bracket + 1)..close].Trim();
                current.IsAgent = code.StartsWith('~');
                current.Code = code.TrimStart('~');
                if (current.Code.Contains(' '))
                {
                    if (!TryParseDated(trimmed[bracket..(close + 1)], out var dated)) { problems.Add(path, number, $"cannot read code '{code}'"); current = null; continue; }
                    current.Code = null;
                    current.Dated.Add(dated);
                }
            }
        }
        Flush();
        return result;
    }

    static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> macros)
    {
        var start = phrase.IndexOf('!');
        var end = start >= 0 ? phrase.IndexOf('!', start + 1) : -1;
        if (end < 0) { yield return phrase; yield break; }
        var name = phrase[start..(end + 1)];
        if (!macros.TryGetValue(name, out var values)) { yield return phrase.Replace(name, " "); yield break; }
        foreach (var value in values)
            foreach (var expanded in Expand(phrase[..start] + " " + value + " " + phrase[(end + 1)..], macros))
                yield return expanded;
    }

    /// <summary>"FARHAD_ALIYEV_" → "FARHAD ALIYEV".</summary>
    static string Phrase(string text) =>
        string.Join(' ', text.Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    static bool TryParseDated(string text, out (string Code, DateOnly? From, DateOnly? To) dated)
    {
        dated = default;
        var inner = text.Trim().TrimStart('[').TrimEnd(']').Trim();
        var parts = inner.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts[0].Length < 3) return false;
        if (parts.Length == 1) { dated = (parts[0], null, null); return true; }
        var range = parts[1];
        DateOnly? from = null, to = null;
        if (range.StartsWith('>')) { if (!TryDate(range[1..], out var f)) return false; from = f; }
        else if (range.StartsWith('<')) { if (!TryDate(range[1..], out var t)) return false; to = t; }
        else
        {
            var dash = range.Split('-');
            if (dash.Length != 2 || !TryDate(dash[0], out var f) || !TryDate(dash[1], out var t)) return false;
            from = f;
            to = t;
        }
        dated = (parts[0], from, to);
        return true;
    }

    const int TwoDigitYearPivot = 2030;

    /// <summary>Dates are yymmdd or yyyymmdd.</summary>
    static bool TryDate(string yymmdd, out DateOnly date)
    {
        date = default;
        var text = yymmdd.Trim();
        if (text.Length == 8)
            return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        if (!DateOnly.TryParseExact(text, "yyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        // Two-digit years: the dictionaries were compiled before 2016 and cover 1945 onwards, so 00-30 are 2000-2030.
        date = parsed.Year > TwoDigitYearPivot ? parsed.AddYears(-100) : parsed;
        return true;
    }

    static readonly Dictionary<string, string> OrgCodes = new(StringComparer.Ordinal)
    {
        ["UNO"] = "UN", ["NAT"] = "NATO", ["EEC"] = "EU", ["EUR"] = "EU", ["AFU"] = "AU", ["ARL"] = "Arab League", ["ASN"] = "ASEAN",
        ["OPC"] = "OPEC", ["WTO"] = "WTO", ["IMF"] = "IMF", ["WBK"] = "World Bank", ["ICC"] = "ICC", ["IRC"] = "ICRC",
        ["HRW"] = "HRW", ["AMN"] = "Amnesty", ["MSF"] = "MSF",
    };

    static (string? Country, Sector? Sector, string? Org, OrgType? OrgType)? Decode(string code, IReadOnlySet<string> countries)
    {
        code = code.Trim().ToUpperInvariant();
        if (code.Length < 3 || !code.All(char.IsAsciiLetterOrDigit)) return null;
        string? country = null, org = null;
        OrgType? orgType = null;
        var rest = code;
        if (countries.Contains(code[..3])) { country = code[..3]; rest = code[3..]; }
        else if (Enum.TryParse<OrgType>(code[..3], out var type) && Enum.IsDefined(type))
        {
            orgType = type;
            rest = code[3..];
            if (rest.Length >= 3) { org = OrgCodes.GetValueOrDefault(rest[..3], rest[..3]); rest = rest[3..]; }
        }
        Sector? sector = null;
        for (var i = 0; i + 3 <= rest.Length && sector is null; i += 3)
            if (Codes.TryParseSector(rest.AsSpan(i, 3), out var found)) sector = found;
        if (country is null && orgType is null && sector is null)
        {
            if (Codes.TryParseSector(code.AsSpan(0, 3), out var found)) sector = found;
            else return null;
        }
        return (country, sector, org, orgType);
    }

    static Imported? ToEntry(Pending p, IReadOnlySet<string> countries, ProblemLog problems)
    {
        var source = $"{Path.GetFileName(p.File)}:{p.Line}";
        var name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(p.Phrases[0].ToLowerInvariant());
        if (p.Dated.Count > 0)
        {
            var terms = new List<OfficeTerm>();
            foreach (var (code, from, to) in p.Dated)
            {
                if (Decode(code, countries) is not { } decoded) { problems.Add(p.File, p.Line, $"unknown CAMEO actor code '{code}'"); continue; }
                terms.Add(new OfficeTerm(decoded.Country, decoded.Sector, "", from, to));
            }
            if (terms.Count == 0) return null;
            return new Imported(p.Phrases, new ActorEntry(ActorEntryKind.Person, name, terms[0].Country, terms[0].Sector, source, Terms: terms));
        }
        if (p.Code is null) { problems.Add(p.File, p.Line, $"entry '{p.Phrases[0]}' has no code"); return null; }
        if (Decode(p.Code, countries) is not { } d) { problems.Add(p.File, p.Line, $"unknown CAMEO actor code '{p.Code}'"); return null; }
        if (p.IsAgent) return new Imported(p.Phrases, new ActorEntry(ActorEntryKind.Agent, name, null, d.Sector, source));
        if (d.OrgType is { } orgType)
            return new Imported(p.Phrases, new ActorEntry(ActorEntryKind.Organisation, name, d.Country, d.Sector, source, Org: d.Org ?? name, OrgType: orgType));
        var kind = d.Sector is null ? ActorEntryKind.Country : ActorEntryKind.Metonym;
        return new Imported(p.Phrases, new ActorEntry(kind, name, d.Country, d.Sector, source));
    }
}
