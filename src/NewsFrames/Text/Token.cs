namespace NewsFrames;

/// <summary>What kind of text a token is.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters (and digits), possibly hyphenated or with an inner apostrophe: "Iran", "500-year-old", "don't".</summary>
    Word,
    /// <summary>A number: "41.1", "2,500", "2026".</summary>
    Number,
    /// <summary>A dotted abbreviation kept whole: "U.S.", "Mr.", "Jan.".</summary>
    Abbreviation,
    /// <summary>A web address.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A social-media handle: "@IranPress".</summary>
    Handle,
}

/// <summary>Facts about a token that matchers and statistics use.</summary>
[Flags]
public enum TokenFlags : byte
{
    /// <summary>Nothing special.</summary>
    None = 0,
    /// <summary>A possessive: "Iran’s" (form "Iran") or "nations’" (form "nations").</summary>
    Possessive = 1,
    /// <summary>A hyphenated compound; its parts are in <see cref="TokenizedDocument.Parts"/>.</summary>
    Hyphenated = 2,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 4,
    /// <summary>Two or more letters, all upper case ("US", "NATO").</summary>
    AllCaps = 8,
    /// <summary>Punctuation other than white space stands between the previous token and this one (a phrase boundary for collocations).</summary>
    AfterPunctuation = 16,
    /// <summary>The first token of a sentence.</summary>
    SentenceStart = 32,
}

/// <summary>
/// One token: a view into the document text (offsets), with interned ids for its forms.
/// </summary>
/// <param name="Start">Offset of the first character in <see cref="Document.Text"/>.</param>
/// <param name="Length">Characters covered in the text, including a possessive "’s" or the apostrophe of a plural possessive ("nations’").</param>
/// <param name="Form">Vocabulary id of the surface form without the possessive suffix, case kept ("Iran").</param>
/// <param name="Lower">Vocabulary id of the lower-case form without the possessive suffix ("iran").</param>
/// <param name="Stem">Vocabulary id of the Snowball English stem of <paramref name="Lower"/> (numbers, URLs and the like stem to themselves).</param>
/// <param name="Kind">Word, number, abbreviation, URL, e-mail or handle.</param>
/// <param name="Flags">Possessive, hyphenated, capitalisation, punctuation before, sentence start.</param>
/// <param name="FirstPart">For a hyphenated compound, the index of its first part in <see cref="TokenizedDocument.Parts"/>; otherwise -1.</param>
/// <param name="PartCount">For a hyphenated compound, the number of parts; otherwise 0.</param>
public readonly record struct Token(
    int Start, int Length, int Form, int Lower, int Stem, TokenKind Kind, TokenFlags Flags, int FirstPart = -1, int PartCount = 0)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>True when <paramref name="flag"/> is set.</summary>
    public bool Has(TokenFlags flag) => (Flags & flag) == flag;
}

/// <summary>A sentence: a range of characters and the tokens inside it.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character (closing punctuation and quotes included).</param>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="TokenCount">Number of tokens.</param>
/// <param name="Paragraph">Zero-based index of the paragraph the sentence is in.</param>
public readonly record struct SentenceSpan(int Start, int End, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>Index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
