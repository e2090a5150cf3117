using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parley.Sources.Html;

/// <summary>
/// The readable text of an HTML element: one line per paragraph, heading or list item, so that
/// sentences of different paragraphs never run together ("...in Vienna.The minister..."), with
/// runs of white space collapsed and scripts, styles and forms left out.
/// </summary>
public static class HtmlText
{
    static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "select", "input", "textarea", "object", "embed", "video", "audio", "head",
    };

    static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "td", "th", "caption", "hr", "br", "address", "details", "summary", "body",
    };

    /// <summary>The text of an HTML fragment such as a feed item's description or content.</summary>
    public static string FromFragment(string? html)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        // Plain text with no markup needs no parser (most feed summaries that are not HTML).
        if (html.IndexOf('<') < 0 && html.IndexOf('&') < 0) return Normalize(html);
        // A parser per page: AngleSharp does not promise that one parser may serve several threads.
        var document = new HtmlParser().ParseDocument(html);
        return document.Body is null ? "" : FromElement(document.Body);
    }

    public static string FromElement(IElement element)
    {
        var text = new StringBuilder();
        Append(element, text, preformatted: false);
        return Normalize(text.ToString());
    }

    static void Append(INode node, StringBuilder text, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                // A line break in the markup is only a space, except in <pre>; paragraphs come from elements.
                case IText t when preformatted:
                    text.Append(t.Data);
                    break;
                case IText t:
                    foreach (var c in t.Data) text.Append(c is '\n' or '\r' ? ' ' : c);
                    break;
                case IElement e when Skipped.Contains(e.LocalName) || e.HasAttribute("hidden"):
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    text.Append('\n');
                    Append(e, text, preformatted || e.LocalName.Equals("pre", StringComparison.OrdinalIgnoreCase));
                    text.Append('\n');
                    break;
                case IElement e:
                    Append(e, text, preformatted);
                    break;
            }
        }
    }

    /// <summary>Collapses spaces within lines, trims them and drops empty ones; lines joined by one newline.</summary>
    public static string Normalize(string raw)
    {
        var output = new StringBuilder(raw.Length);
        var line = new StringBuilder();
        void EndLine()
        {
            var trimmed = line.ToString().Trim();
            line.Clear();
            if (trimmed.Length == 0) return;
            if (output.Length > 0) output.Append('\n');
            output.Append(trimmed);
        }
        var space = false;
        foreach (var c in raw)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029') { EndLine(); space = false; continue; }
            // Non-breaking and other Unicode spaces read as spaces; zero-width characters as nothing.
            if (char.IsWhiteSpace(c) || c == '\u00A0') { space = line.Length > 0; continue; }
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD') continue;
            if (space) { line.Append(' '); space = false; }
            line.Append(c);
        }
        EndLine();
        return output.ToString();
    }
}
