#!/usr/bin/env python3
"""Build rules/chrome.toml, the site-chrome phrase catalog, from real chrome lines.

    python3 scripts/build_chrome_catalog.py [--data ../shared/data/chrome] [--out rules/chrome.toml]

Sources (see ../shared/data/chrome/README.md; research data sets of short functional UI text):
  - gold_chrome_lines_freq.tsv: lines outside the human gold text of CleanEval, Dragnet, L3S-GN1,
    CleanPortalEval and Readability pages, with the number of pages and data sets they occur on;
  - chrome_seed_phrases_by_category.tsv: the same lines grouped by a regex seed into categories;
  - trafilatura_evaldata_en_without.tsv: snippets hand-marked "must not be extracted".

Only phrases that are user-interface text are kept: a line must contain a word from UI_WORDS of
its category and occur on at least MIN_PAGES pages. Topical section labels ("Education",
"World", "Health") are left out on purpose: as whole lines they are also real headings, so the
structural rule judges them by position instead. The hand-written regexes in HAND_REGEXES cover
families of wording ("Share on <network>", "Posted on <date>") that no list can enumerate.
"""
import argparse
import collections
import re
from pathlib import Path

MIN_PAGES = 3
MAX_WORDS = 14

# Category -> words of which a phrase must contain one to count as that kind of UI text.
UI_WORDS = {
    "comment_form": r"comment|reply|replies|required|notify me|trackback|permalink|moderat|akismet|website|e-?mail address",
    "share_social": r"share|shares|send (this |it )?to a friend|e-?mail (this )?to a friend|e-?mail a friend|tweet|facebook|twitter|linkedin|pinterest|reddit|whatsapp|instagram|tumblr|digg|stumbleupon|delicious|del\.icio\.us|google\+|follow us|follow me|print this|email this|e-mail this|opens in new window",
    "newsletter_subscribe": r"newsletter|subscribe|subscription|sign up|signup|sign in|log ?in|register|inbox|rss|atom|feed|log ?out|sign ?out|my account|remember me|forgot (your |my )?(password|username)|enter (your|a valid) e-?mail|valid e-?mail|today's paper|home delivery|digital edition|e-edition|send (us )?a tip",
    "cookie_consent": r"cookie",
    "copyright_legal": r"copyright|©|\(c\)|all rights reserved|terms of (use|service)|privacy (policy|statement|notice)|terms (&|and) conditions|disclaimer|reprints?|permissions",
    "navigation": r"skip to|back to top|main menu|toggle navigation|home ?page|site ?map|mobile (site|version)|previous (post|article|page|story)|next (post|article|page|story)|older posts?|newer posts?|search|jump to|top of (the )?page|page 0 of 0|text size|font size|printable version|printer[- ]friendly",
    "related_more": r"related|most (read|viewed|popular|shared|emailed|commented)|popular|trending|recommended|you (may|might) (also )?like|read more|see more|more from|more stories|also on|continue reading|read next|watch next|top stories|latest (news|stories|posts)",
    "advertising": r"advertis|sponsored|promoted|ad ?choices|paid content|partner content|place an? (classified )?ad|from around the web",
    "byline_meta": r"posted (in|on|by)|filed under|tagged|tags:|categories:|view all posts|published (on|in)|last (updated|modified)|0 (minutes?|hours?|days?) ago|view (my )?(complete )?profile|recent posts|blog archive",
}

# Hand-curated whole-line patterns, one family of wording each. (?i) is added by the rule.
HAND_REGEXES = {
    "comment_form": [
        r"^(leave|post|add|write|submit) (a|your) (comment|reply|response)\b.{0,40}$",
        r"^(\d+|no|one) (comments?|replies|responses)\b.{0,30}$",
        r"^comments? (are|have been) (closed|disabled|moderated)\.?$",
        r"^(view|show|see|read)( all)? (\d+ )?(comments|replies)$",
        r"^your email address will not be published\b.*$",
        r"^save my name, email,? and website\b.*$",
        r"^(name|email|e-mail|website)\s*\*?(\s*(name|email|e-mail|website)\s*\*?)*$",
        r"^comment template$",
        r"^(cancel reply|loading comments\.*|show comments|view comments|join the (conversation|discussion))$",
        r"^notify me of (new|follow-?up) (comments|posts)\b.*$",
        r"^this site uses akismet\b.*$",
        r"^(share|tell|let|leave|post|add|write|give|join|have your say|what do you think)\b.{0,50}\b(in|to|into) the comments?( section)?( below| here)?[.!?]?$",
        r"^(log ?in|sign in|register|sign up)( or (log ?in|sign in|register|sign up))? to (post|leave|add|write|join|read) (a |the )?(comments?|replies|conversation|discussion)\b.{0,20}$",
        r"^(go|jump|skip|scroll) to (the )?(comments|replies|discussion)$",
    ],
    "share_social": [
        r"^(click|tap) to (share|email|print|tweet)\b.{0,60}$",
        r"^(pin|share|tweet|email|save) (it|this)!?$",
        r"^copy (the )?(article |story |page |share )?(link|url)$",
        r"^(send|email|e-mail|forward) (this|the) (article|story|page|post|link) to a friend$",
        r"^(listen|subscribe|follow)( to us| us)? (on|via|with) (spotify|apple podcasts|google podcasts|itunes|soundcloud|stitcher|youtube|amazon music)\b.{0,40}$",
        r"^share (this|on|via|the|article|story|post|page)\b.{0,50}$",
        r"^(share|tweet|pin|email|print|whatsapp|copy link)(\s*[|·•/,]\s*(share|tweet|pin|email|print|facebook|twitter|linkedin|whatsapp|reddit|copy link))*:?$",
        r"^follow (us|me|the \w+) on\b.{0,50}$",
        r"^like (this|us on facebook):?$",
        r"^like loading\.*$",
        r"^(facebook|twitter|linkedin|pinterest|reddit|whatsapp|instagram|youtube|email|telegram)(\s*[|·•/,]?\s*(facebook|twitter|linkedin|pinterest|reddit|whatsapp|instagram|youtube|email|telegram))+$",
    ],
    "newsletter_subscribe": [
        r"^(sign up|subscribe|register)\b.{0,60}\b(newsletter|updates|emails?|inbox|alerts|digest|briefing|bulletin)\b.{0,40}$",
        r"^(get|receive) (the|our) .{0,40}(newsletter|updates|emails?)\b.{0,40}$",
        r"^subscribe( now| today| here)?[.!]?$",
        r"^((already|not) (a subscriber|a member|have an account|registered)|become a (member|subscriber|supporter|patron))\b.{0,60}$",
        r"^make a (donation|contribution|gift)( today| now)?[.!]?$",
        r"^get (breaking )?(news )?alerts\b.{0,30}$",
        r"^(thanks|thank you) for (subscribing|signing up|registering|joining)\b.{0,60}$",
        r"^manage (your |my )?(consent|subscriptions?|account|preferences|settings|notifications|newsletters)$",
        r"^you have (\d+|one|two|three|four|five) (free )?(articles?|stories|story|pieces?) (left|remaining)\b.{0,40}$",
        r"^(click|tap) here to (subscribe|sign up|register|log ?in|sign in|download|continue|read (more|the full))\b.{0,40}$",
        r"^(sign|log) ?in to (comment|continue|read|reply|post|save|view|keep reading)\b.{0,30}$",
        r"^subscribe to\b.{0,50}$",
        r"^(create|register for|sign up for|open) (a |an |your )?(free )?(account|profile)\b.{0,60}$",
        r"^.{0,60}\bsupport (our|independent|quality|local|this) (journalism|reporting|newsroom|work|site)\b.{0,60}$",
        r"^(donate|give|contribute)( now| today| here)?[.!]?$",
        r"^.{0,60}\b(delivered|sent) (straight |directly |right )?to your inbox\b.{0,20}$",
        r"^(subscribe|sign up|register)( now| today)? (for|to get) (full|unlimited|digital|complete) access\b.{0,30}$",
        r"^(enjoy|get|unlock) unlimited (digital )?access\b.{0,60}$",
        r"^(click|tap) (here )?to (turn on|enable|allow) (notifications|alerts)\b.{0,20}$",
        r"^(download|get|install|try) (our|the) ([\w'&.-]+ ){0,3}(app|apps)\b.{0,60}$",
        r"^(don't|do not) miss (out on )?(the |our |these |this )?(latest |top |breaking )?(headlines|news|stories|updates)\b.{0,30}$",
        r"^(don't|do not) miss( this| these| it)?[:!.]?$",
    ],
    "cookie_consent": [
        r"^(we|this (web)?site) uses? cookies\b.{0,160}$",
        r"^(accept|allow|reject|manage) (all )?cookies\b.{0,30}$",
        r"^(accept|reject|decline|allow|refuse) all( cookies)?$",
        r"^continue without (accepting|agreeing|consenting)\b.{0,20}$",
        r"^customi[sz]e (cookie |privacy )?(settings|preferences|choices)$",
        r"^we (value|respect|care about) your privacy\b.{0,120}$",
        r"^(do not|don't) sell( or share)? my (personal )?(info|information|data)$",
        r"^(your )?(privacy|ad|cookie) (choices|settings|preferences)$",
        r"^(manage|update|change|review|customi[sz]e) (your |my )?(cookie|privacy|consent|ad) (preferences|settings|choices|options|consent)$",
        r"^(please )?(enable|turn on|activate) javascript\b.{0,100}$",
        r"^cookie (settings|preferences|policy|notice|consent|declaration)$",
        r"^by (using|continuing to use) (this|our) (web)?site\b.{0,120}cookies.{0,60}$",
    ],
    "copyright_legal": [
        r"^(copyright|©|\(c\))\s*(\d{4}|©|\(c\)|the |by |of )",
        r"^.{0,80}\ball rights reserved\.?$",
        r"^all (content|material|text|images|photos)\b.{0,20}(copyright|©)\s*(\d{4}|©)\b.{0,60}$",
        r"^terms (and|&) conditions( apply)?\.?$",
        r"^this (material|article|content) may not be (published|reproduced|broadcast|rewritten|redistributed)\b.*$",
        r"^(terms of (service|use)|privacy (policy|notice)|cookie policy)(\s*[|·•/,&]\s*(terms of (service|use)|privacy (policy|notice)|cookie policy))*$",
    ],
    "navigation": [
        r"^(previous|next|prev) (article|post|story|page|item)\b.{0,80}$",
        r"^(previous|next|prev) (slide|image|photo|picture)$",
        r"^[«‹<]?\s*(older|newer|earlier|later) (posts?|entries|articles|stories|comments)\s*[»›>]?$",
        r"^(expand|collapse|show|hide) all( sections)?$",
        r"^(quick|useful|related|external|helpful) links:?$",
        r"^(your|my) (account|profile|subscriptions?|saved (articles|stories)|bookmarks|settings)$",
        r"^(show|hide|toggle|expand|collapse) (the )?(caption|captions|transcript)$",
        r"^(open|close|toggle) (the )?(menu|navigation|search|sidebar)$",
        r"^(site|a-z) index$",
        r"^(back to top|skip to (the )?(main )?(content|navigation|menu|search|footer)|exit mobile version|toggle navigation|main (menu|navigation)|open menu|close menu)$",
        r"^post navigation$",
        r"^(back|return|go) to (the )?(home ?page|home|top|index|main page|front page|search results|all (news|stories|articles))\b.{0,20}$",
        r"^(page \d+|(image|photo|picture|slide) \d+|\d+) of \d+$",
        r"^((increase|decrease|reset|change) (the )?)?(text|font) size$",
        r"^(about|contact|advertise with|work with|write for|email|join) us$",
        r"^(home|menu)((\s*[|>»›]\s*|\s+/\s+)[\w &'-]+)+$",
    ],
    "related_more": [
        r"^(related|recommended|popular|trending|featured|more|latest|top) (stories|articles|posts|news|reads|videos|content|coverage)( now)?:?$",
        r"^(related|see also|read also|also read|more)\s*:\s*.{3,100}$",
        r"^(show|load|view|see) (more|all)( (stories|articles|posts|news|results|comments|replies|photos|videos))?$",
        r"^(find out|learn|discover) more( here)?[.!…]*$",
        r"^(follow|subscribe to) (this|our|the) (blog|site|page|author|topic|podcast)s?\b.{0,30}$",
        r"^(most|more) (read|viewed|popular|shared|emailed|commented)( (articles|stories|news|posts|this week|today))?:?$",
        r"^(you (may|might) (also )?like|read more|see also|also read|read next|watch next|more from [\w .&'-]+|continue reading( the main story)?|trending now|editor'?s picks)[:.…]*$",
        r"^(more like this|read the latest|editors?'?s? (choice|picks)|(most )?popular (now|right now|today|this week)|what's (hot|popular|trending)( now)?)[:.…]*$",
        r"^read more:?.{0,80}$",
        r"^(continue|keep) reading( below| the (full )?(article|story))?[.:…]*$",
        r"^listen to (this|the) (article|story)\b.{0,20}$",
        r"^more (on|about) this (story|topic|subject)$",
        r"^(in other news|more news|more headlines|also in the news|around the web|from the web)[:.…]*$",
        r"^(photo|image|video) (gallery|galleries|slideshow)$",
        r"^(play|pause|listen to) (the )?(audio|video|podcast|episode)$",
        r"^(view|see|open|browse) (the )?(full )?(gallery|slideshow)$",
        r"^(enlarge|expand|zoom( in on)?) (this |the )?(image|photo|picture)$",
        r"^(reuse|republish|reprint) this (content|article|story)\b.{0,20}$",
        r"^(save|add) (for later|to (my |your )?(reading list|list|favou?rites|bookmarks|pocket|instapaper|flipboard))$",
        r"^download (the |this )?pdf( version)?$",
        r"^(my |your )?reading list$",
        r"^(help|support) (cent(er|re)|desk)$",
        r"^read (the )?(full|whole|entire|complete|original) (story|article|report|post|interview|statement)\b.{0,40}$",
        r"^((what|where) to (read|watch) next|read this next|up next|coming up next)[:.…]*$",
    ],
    "advertising": [
        r"^(advertisement|advertising|sponsored( content)?|promoted( content)?|paid (post|content)|ad)( - story continues below)?$",
        r"^story continues below( advertisement)?$",
        r"^(advertisement|ad) continues below$",
        r"^(story|article) continues after (the |this )?(ad|advertisement)$",
        r"^(content|stories|more) from (our )?(partners|sponsors)$",
        r"^(sponsored|promoted) links?$",
        r"^(add to (cart|basket|bag|wishlist)|shop now|buy now|order now)$",
        r"^free (shipping|delivery|returns) on (all )?orders\b.{0,30}$",
        r"^(sponsored by|brought to you by|in partnership with)\s+.{1,50}$",
        r"^(paid )?(partner|sponsor) content$",
    ],
    "byline_meta": [
        r"^(posted|published|updated|modified|last updated)( on| at)?\s*:?\s*\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}.{0,80}$",
        r"^posted (in|under) [\w ,&'-]+$",
        r"^(filed under|tagged( with)?|tags|categories|category):.{0,120}$",
        r"^view all posts by\b.{0,40}$",
        r"^posted by [\w .'-]{1,40}$",
        r"^(page )?last (updated|modified|reviewed)( on)?\s*:?.{0,40}$",
        r"^(opinions|views) expressed (here |in this (article|post|column|piece) )?are (those|solely those) of the (author|writer)s?\b.{0,60}$",
        r"^was this (page|article|answer|information|post) (helpful|useful)\??$",
        r"^(view|download|export) (the )?(pdf|full text|citations?|epub)$",
        r"^(get )?rights and (content|permissions)$",
        r"^(proudly )?powered by\b.{1,40}$",
        r"^(a |the )?(blog|website|site) (at|on|by|powered by) (wordpress|blogger|tumblr|medium|substack|ghost|wix|squarespace)(\.com)?\.?$",
        r"^(posted|published|updated|modified|last updated)( on| at)?\s*:?\s*(\d{1,2} )?(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.? (\d{1,2},? )?\d{4}.{0,30}$",
        r"^(photo |image )?credits?\s*:\s*.{1,50}$",
        r"^((posted|published|updated) )?(\d+|an?|one) (second|minute|hour|day|week|month)s? ago$",
        r"^(report an error|print this (page|article)|email this (page|article)|send (us )?(a )?correction)$",
        r"^(print|email|e-mail|save|share|download|bookmark)( this)? (article|story|page|post|pdf)$",
        r"^report (abuse|this (comment|post|ad)|a (problem|bug|typo|correction|mistake)|an (issue|error))$",
        r"^\d+[- ]min(ute)?s? read$",
        r"^(reading|read) time\s*:?\s*\d+\s*(min|mins|minutes?)\b.{0,10}$",
        r"^sort (comments )?by\s*:?\s*(newest|oldest|best|top|popular|date|relevance)\b.{0,20}$",
        r"^(posted|published|updated|last updated)( on| at)?\s*:?\s*\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\b.{0,40}$",
        r"^(click|tap)( here| on (the )?image)? to (enlarge|expand|zoom|view (larger|full|the image|gallery|slideshow)|play|watch|listen)\b.{0,20}$",
        r"^(image|photo|photograph|picture|video|illustration)( source| credit)?s?\s*[:,]\s*.{1,50}$",
        r"^(image|photo|photograph|picture|video|illustration)s? (by|courtesy( of)?|via)\s+.{1,50}$",
        r"^(\(?(photo|image|picture)s?\)?\s*[:/]?\s*)?[\w. &'-]{0,30}\b(getty images|shutterstock|istock(photo)?|ap photo|afp( via getty images)?)\b.{0,30}$",
        r"^(this|the) (article|story|post|piece|interview|essay) (was |is |has been )?((originally|first) (published|appeared|posted)|republished) (on|in|at|by|with)\b.{0,60}$",
        r"^please direct (questions|comments|inquiries)\b.{0,100}$",
        r"^(this|the) (story|article|post) (has been|was) updated\b.{0,80}$",
        r"^reporting by .{1,60}; editing by .{1,60}$",
    ],
}


def normalize(line):
    """Must match chrome::normalize in the Rust code."""
    s = line.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = re.sub(r"\d+", "0", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" :.|»›>…-–—•*·")


def read_categorised(path):
    out = collections.defaultdict(dict)
    with open(path, encoding="utf-8") as f:
        next(f)
        for row in f:
            cat, pages, norm, example = row.rstrip("\n").split("\t")[:4]
            # (Lines that differ only in case or trailing marks meet under one key: keep the
            # best attested.)
            key = normalize(example)
            out[cat][key] = max(out[cat].get(key, 0), int(pages))
    return out


def read_gold(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        next(f)
        for row in f:
            pages, datasets, norm, example = row.rstrip("\n").split("\t")[:4]
            key = normalize(example)
            seen = out.get(key, (0, 0))
            out[key] = (max(seen[0], int(pages)), max(seen[1], int(datasets)))
    return out


def read_trafilatura(path):
    with open(path, encoding="utf-8") as f:
        next(f)
        return [normalize(row.rstrip("\n").split("\t", 1)[1]) for row in f if "\t" in row]


def looks_like_content(phrase):
    """Dates, numbers and lines that read like prose are not catalog material."""
    words = phrase.split()
    if not words or len(words) > MAX_WORDS or not re.search(r"[a-z]", phrase):
        return True
    if re.fullmatch(r"[\d\W_]*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\d\W_]*", phrase):
        return True
    # (A link or a run of words glued together is one page's text, not a site's interface.)
    if re.search(r"https?:|www\.|\S{25,}", phrase):
        return True
    return False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/chrome")
    ap.add_argument("--out", default="rules/chrome.toml")
    args = ap.parse_args()
    data = Path(args.data)
    categorised = read_categorised(data / "chrome_seed_phrases_by_category.tsv")
    gold = read_gold(data / "gold_chrome_lines_freq.tsv")
    hand_marked = read_trafilatura(data / "trafilatura_evaldata_en_without.tsv")

    phrases = collections.defaultdict(set)
    ui = {cat: re.compile(rf"(?:^|\W)(?:{pat})") for cat, pat in UI_WORDS.items()}

    def add(phrase, pages):
        if pages < MIN_PAGES or looks_like_content(phrase):
            return
        for cat, rx in ui.items():
            if rx.search(phrase):
                phrases[cat].add(phrase)
                return

    for cat, entries in categorised.items():
        for phrase, pages in entries.items():
            add(phrase, pages)
    for phrase, (pages, datasets) in gold.items():
        if datasets >= 2:
            add(phrase, pages)
    for phrase in hand_marked:
        add(phrase, MIN_PAGES)

    lines = [
        "# Site-chrome phrase catalog for proofmark's CHR001 rule.",
        "# Generated by scripts/build_chrome_catalog.py from ../shared/data/chrome (CleanEval, Dragnet,",
        "# L3S-GN1, CleanPortalEval, Readability gold standards; trafilatura's hand-marked snippets).",
        "# Phrases match whole lines after normalisation (lowercase, digits -> 0, spaces collapsed,",
        "# surrounding punctuation trimmed); regexes (lowercase) match the whole trimmed, lowercased line.",
        "# Do not edit by hand: change the script and run it again.",
        "",
    ]
    for cat in UI_WORDS:
        lines.append(f"[{cat}]")
        lines.append("regexes = [")
        lines += [f"    {toml_str(cheap(r))}," for r in HAND_REGEXES.get(cat, [])]
        lines.append("]")
        lines.append("phrases = [")
        lines += [f"    {toml_str(p)}," for p in sorted(phrases[cat])]
        lines.append("]")
        lines.append("")
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    total = sum(len(v) for v in phrases.values())
    print(f"wrote {args.out}: {total} phrases, {sum(len(v) for v in HAND_REGEXES.values())} regexes")


def cheap(pattern):
    """Bounded any-char repetitions (.{0,N}) compile to very large automata; the rule caps the
    line length instead (MAX_PATTERN_WORDS in catalog.rs), so .* says the same here.
    And Unicode classes and capture groups cost the compiled set milliseconds at every start:
    lines are matched lowercased, so ASCII classes say the same for chrome's words, and a set
    captures nothing (see ascii_classes)."""
    pattern = re.sub(r"\.\{0,\d+\}", ".*", pattern)
    # (Anchored at the start, "anything to the end" adds nothing to a match.)
    if pattern.endswith(".*$") and not pattern.endswith("\\.*$"):
        pattern = pattern[: -len(".*$")]
    return ascii_classes(pattern)


ASCII_CLASS = {"w": "0-9a-z_", "s": " \\t", "d": "0-9"}


def ascii_classes(pattern):
    r"""\w, \s and \d as ASCII ranges, \b as an ASCII word boundary, groups as non-capturing."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            e = pattern[i + 1]
            if e in ASCII_CLASS:
                out.append(ASCII_CLASS[e] if in_class else f"[{ASCII_CLASS[e]}]")
            elif e == "b" and not in_class:
                out.append("(?-u:\\b)")
            else:
                out.append(c + e)
            i += 2
            continue
        if c == "(" and not in_class and not pattern.startswith("(?", i):
            out.append("(?:")
            i += 1
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        out.append(c)
        i += 1
    return "".join(out)


def toml_str(s):
    return "'" + s + "'" if "'" not in s and "\n" not in s else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    main()
