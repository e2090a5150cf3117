namespace Parley.Model;

/// <summary>Penn Treebank part-of-speech tags, with punctuation folded into a few classes.</summary>
public enum PosTag : byte
{
    None, NN, NNS, NNP, NNPS, VB, VBD, VBG, VBN, VBP, VBZ, MD, JJ, JJR, JJS, RB, RBR, RBS,
    IN, TO, DT, PDT, PRP, PRPS, WDT, WP, WPS, WRB, CC, CD, EX, FW, POS, RP, SYM, UH, LS,
    Punct, Comma, Colon, Quote, Open, Close, Dollar, Hyphen,
}

public static class PosTags
{
    public static bool IsNoun(this PosTag tag) => tag is PosTag.NN or PosTag.NNS or PosTag.NNP or PosTag.NNPS;
    public static bool IsProperNoun(this PosTag tag) => tag is PosTag.NNP or PosTag.NNPS;
    public static bool IsVerb(this PosTag tag) => tag is >= PosTag.VB and <= PosTag.VBZ;
    public static bool IsFiniteVerb(this PosTag tag) => tag is PosTag.VBD or PosTag.VBP or PosTag.VBZ;
    public static bool IsAdjective(this PosTag tag) => tag is PosTag.JJ or PosTag.JJR or PosTag.JJS;
    public static bool IsAdverb(this PosTag tag) => tag is PosTag.RB or PosTag.RBR or PosTag.RBS;
    public static bool IsPunctuation(this PosTag tag) => tag >= PosTag.Punct;

    public static bool TryParse(ReadOnlySpan<char> text, out PosTag tag)
    {
        tag = text switch
        {
            "PRP$" => PosTag.PRPS,
            "WP$" => PosTag.WPS,
            "." or "!" or "?" => PosTag.Punct,
            "," => PosTag.Comma,
            ":" => PosTag.Colon,
            "``" or "''" => PosTag.Quote,
            "(" or "-LRB-" => PosTag.Open,
            ")" or "-RRB-" => PosTag.Close,
            "$" => PosTag.Dollar,
            "#" => PosTag.SYM,
            _ => Enum.TryParse<PosTag>(text, out var parsed) && parsed != PosTag.None ? parsed : PosTag.None,
        };
        return tag != PosTag.None;
    }

    public static string Name(this PosTag tag) => tag switch
    {
        PosTag.PRPS => "PRP$",
        PosTag.WPS => "WP$",
        PosTag.Punct => ".",
        PosTag.Comma => ",",
        PosTag.Colon => ":",
        PosTag.Quote => "''",
        PosTag.Open => "(",
        PosTag.Close => ")",
        PosTag.Dollar => "$",
        PosTag.Hyphen => "HYPH",
        _ => tag.ToString(),
    };
}
