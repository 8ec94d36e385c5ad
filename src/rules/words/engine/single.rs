//! Repairs of one token: a word that is no word, and what dispatches to the other readings.

use super::*;

/// The common words that end English place names ("Cranebrook", "Greenfield",
/// "Stonebridge"), which a capitalised word may end in without having been run into them.
const PLACE_NAME_ELEMENTS: &[&str] = &[
    "bank", "borough", "bridge", "brook", "castle", "church", "cliff", "field", "fields", "ford", "forest", "gate",
    "green", "haven", "heath", "hill", "hills", "house", "hurst", "land", "lands", "marsh", "meadow", "meadows",
    "moor", "mount", "mouth", "point", "pool", "port", "ridge", "river", "shire", "side", "spring", "springs", "stead",
    "stone", "town", "vale", "valley", "view", "water", "well", "wells", "wood", "woods", "worth",
];

/// The shortest part of a closed compound (see [`Scorer::closed_compound`]).
const CLOSED_COMPOUND_PART: usize = 3;
/// Technical prose abbreviates names to this many letters or fewer ("musl", "alpn").
const TECHNICAL_ABBREVIATION_LEN: usize = 4;

impl Scorer<'_> {
    /// A repair of token `i` alone.
    pub(super) fn single(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        let letters = t.text.chars().filter(|c| c.is_alphabetic()).count();
        if t.protected || letters == 0 || (letters == 1 && !self.stray_letter(t)) || self.in_code(text, t) {
            return None;
        }
        if let Some(c) = self.capital_i_mid_sentence(text, tokens, i) {
            return Some(c);
        }
        if let Some(c) = self.month_before_day(text, tokens, i) {
            return Some(c);
        }
        if self.ocr_output && is_headline_word(t.text) {
            return self.headline_word(text, tokens, i);
        }
        if self.ordinal_suffix_alone(text, tokens, i) {
            return self.ordinal_suffix_remains(text, tokens, i);
        }
        if let Some(c) = self.lost_letter_of_own_pair(text, tokens, i) {
            return Some(c);
        }
        if let Some(c) = self.lost_sentence_capital(text, tokens, i) {
            return Some(c);
        }
        match t.info {
            // A name written in lowercase ("ina") is no word form: judge it like a web spelling;
            // a short one ("th", "ct") like a real word, as the remains of a common word.
            Some(info) if info.listed && info.proper && !t.capitalized() && t.lower.len() <= 3 => {
                self.real_word(text, tokens, i, WordInfo { proper: false, ..info })
            }
            Some(info) if info.listed && info.proper && !t.capitalized() && !t.has_inner_capital_i() => {
                self.non_word(text, tokens, i, Some(info.freq))
            }
            Some(info) if info.listed && !t.has_inner_capital_i() && t.capitalized() => {
                self.real_word(text, tokens, i, info).or_else(|| self.capitalised_lost_letter(text, tokens, i, info))
            }
            Some(info) if info.listed && !t.has_inner_capital_i() => self.real_word(text, tokens, i, info),
            Some(seen) if !t.has_inner_capital_i() => self.non_word(text, tokens, i, Some(seen.freq)),
            _ => self.non_word(text, tokens, i, None),
        }
    }

    /// An ordinal's ending ("th", "nd") standing alone as a word after no number: the lists
    /// hold these endings as words, and the web's pairs know them from "110 th Congress", so
    /// judged as words they would pass. (Not a bracketed alteration, "th[e]", nor an
    /// abbreviation, "Main st.")
    pub(super) fn ordinal_suffix_alone(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        let t = &tokens[i];
        let after_number = i.checked_sub(1).is_some_and(|j| tokens[j].text.ends_with(|c: char| c.is_ascii_digit()));
        let before = text[..t.start].chars().next_back();
        let after = text[t.end..].chars().next();
        ORDINAL_SUFFIXES.contains(&t.text)
            && !after_number
            && before.is_none_or(char::is_whitespace)
            && after.is_some_and(|c| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
    }

    /// The word an ordinal's ending standing alone lost a letter of ("before th Congress" →
    /// "the", "Samoa nd Tonga" → "and"): a common word one letter longer, the likeliest in
    /// its place, that a neighbour pairs with unless it is a function word (names seldom
    /// have their pairs on record).
    pub(super) fn ordinal_suffix_remains(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        let around = self.around(text, tokens, i, i);
        let candidates: Vec<Candidate> = insertions(&t.lower, self, false)
            .into_iter()
            .filter(|c| {
                let w = c.words[0].as_str();
                self.lex.freq(w) >= COMMON_PART && (is_function_word(w) || self.table_pairs_with(&around, w))
            })
            .collect();
        let scored = self.rank(candidates, &around);
        (!scored.is_empty()).then(|| best_reading(t, &scored))
    }

    /// In OCR output, a capitalised word before a day of the month that glyph confusions make
    /// a month's name ("Juno 18" for "June 18", "Jnly 4"): dates are everywhere in newspapers,
    /// and a name or word before a day's number is far rarer than a month.
    pub(super) fn month_before_day(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        let day = tokens.get(i + 1).filter(|n| links(&text[t.end..n.start]))?;
        let is_day = day.text.len() <= 2 && day.text.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
        if !self.ocr_output || !t.capitalized() || !is_day || MONTHS.contains(&t.lower.as_str()) {
            return None;
        }
        let month = self
            .glyph_candidates(t, MONTH_GLYPH_BUDGET)
            .into_iter()
            .filter(|c| MONTHS.contains(&c.words[0].as_str()))
            .min_by(|a, b| a.cost.total_cmp(&b.cost))?;
        Some(Correction {
            kind: Kind::Glyph,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(&month.words[0], t.text),
            fix: Some(Safety::Unsafe),
            alternatives: Vec::new(),
        })
    }

    /// In OCR output, a word inside a sentence whose first letter was read as a capital I:
    /// "the law, In which" ("in"), "passed the Iaw" ("law"). Only between lowercase words on
    /// the same line of text, where a capital marks no sentence start, name or title (at a
    /// line's start OCR has often lost the full stop before it).
    pub(super) fn capital_i_mid_sentence(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        let rest = t.text.strip_prefix('I')?;
        if !self.ocr_output || rest.is_empty() || !rest.chars().all(|c| c.is_ascii_lowercase()) {
            return None;
        }
        let lowercase_word = |j: usize| tokens[j].text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        // Any word before it on its line will do ("It Is to be"): a title would capitalise
        // the word after it too. So will a comma, which ends no sentence. (The word after it
        // may be on the next line of hard-wrapped text.)
        let before = i.checked_sub(1).map(|j| &text[tokens[j].end..t.start]);
        let on_its_line = before.is_some_and(links);
        let after_comma = before.is_some_and(|sep| matches!(sep.trim_end_matches([' ', '\t']), "," | ";"));
        // A line's first word may start a sentence whose full stop OCR lost, unless the last
        // word of the line before calls for it ("fought⏎In the house").
        let line_start = before.is_some_and(|sep| self.joins(sep) && !links(sep)) && lowercase_word(i - 1);
        let next_word = tokens.get(i + 1).is_some_and(|n| self.joins(&text[t.end..n.start]) && lowercase_word(i + 1));
        // With a word of its sentence before it, a function word may be followed by a number
        // or the sentence's end ("care not for It.", "In 1843"), and "in" by a name ("life In
        // California"; not "the Iron King", "at Its Office").
        let lowercase = format!("i{rest}");
        let next_capitalised = tokens.get(i + 1).is_some_and(|n| n.capitalized() && links(&text[t.end..n.start]));
        let inside = ((on_its_line && lowercase_word(i - 1)) || after_comma)
            && is_function_word(lowercase.as_str())
            && (!next_capitalised || lowercase == "in");
        if !inside && !(next_word && (on_its_line || after_comma || line_start)) {
            return None;
        }
        let needs_call = self.full_stops_lost(text) || !next_word || line_start;
        let around = self.around(text, tokens, i, i);
        // Where OCR lost the full stops, a capital after a word may open a sentence ("of
        // pine It is estimated"): only a word the one before calls for is read lowercase.
        let called_for = |w: &str| self.lex.logp_after(around.prev, w) >= self.lex.logp(w);
        let mut candidates: Vec<(String, f64)> = ["i", "l"]
            .iter()
            .map(|first| format!("{first}{rest}"))
            .filter(|w| self.usable(w, false) && (!needs_call || called_for(w)))
            .map(|w| {
                let score = self.context_logp(&around, &[&w]);
                (w, score)
            })
            .collect();
        candidates.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (best, _) = candidates.first()?;
        Some(Correction {
            kind: Kind::Glyph,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: best.clone(),
            fix: Some(Safety::Unsafe),
            alternatives: candidates.iter().skip(1).map(|(w, _)| w.clone()).collect(),
        })
    }

    /// In OCR output, a word of a headline set in capitals that is no word: capitals lose the
    /// strokes that tell E from K and H from II ("TIIK" for "THE", "XOTKS" for "NOTES").
    /// Only into common words, as names in headlines are many.
    pub(super) fn headline_word(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        if t.info.is_some_and(|i| i.listed) {
            return None;
        }
        let candidates: Vec<Candidate> = self
            .search(&t.lower, &t.lower, OCR_HEADLINE_BUDGET, Edits::Headline, false)
            .into_iter()
            .filter(|hit| WordInfo::from_value(hit.value).freq >= OCR_HEADLINE_FREQ)
            .map(|hit| Candidate { words: vec![hit.word], cost: hit.cost, kind: Kind::Glyph, score: 0.0 })
            .collect();
        let around = self.around(text, tokens, i, i);
        let scored = self.rank(candidates, &around);
        let best = scored.first()?;
        let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
        if best.score - self.context_logp(&around, &[&t.lower]) < OCR_HEADLINE_MARGIN {
            return None;
        }
        let clear = best.score - runner_up >= FIX_MARGIN;
        Some(Correction {
            kind: Kind::Glyph,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: best.text().to_uppercase(),
            fix: clear.then_some(Safety::Unsafe),
            alternatives: scored.iter().skip(1).take(3).map(|c| c.text().to_uppercase()).collect(),
        })
    }

    /// A word the document writes once, a lost letter away from a word it writes again and
    /// again beside the same neighbour: "Serra Leone" where "Sierra Leone" is written a dozen
    /// times. The pair vouches for the repair even of a listed word or name
    /// ("Serra"), when the web writes that word far more often: "to customize Python" is no
    /// "customized Python" however often the document writes that. (Only beside a content
    /// word: "son of Salu" and "son of Sallu" are two men; not a lost plural ending; not in
    /// the old second person, whose verbs take many forms: "thou cursest", "thou cursedst".)
    pub(super) fn lost_letter_of_own_pair(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        if t.lower.len() < OWN_WORD_MIN_LEN || !t.lower.is_ascii() || self.uses(&t.lower) > 1 || self.archaic_register()
        {
            return None;
        }
        let content = |n: &&Token| n.lower.len() >= 3 && !is_function_word(n.lower.as_str());
        let prev = i.checked_sub(1).map(|j| &tokens[j]).filter(|p| &text[p.end..t.start] == " ").filter(content);
        let next = tokens.get(i + 1).filter(|n| &text[t.end..n.start] == " ").filter(content);
        if prev.is_none() && next.is_none() {
            return None;
        }
        let plural = format!("{}s", t.lower);
        let written = self.lex.any_freq(&t.lower);
        // The document's words that it writes twice or more beside either neighbour.
        let after = prev.and_then(|p| self.repeated_after.get(p.lower.as_str())).into_iter().flatten();
        let before = next.and_then(|n| self.repeated_before.get(n.lower.as_str())).into_iter().flatten();
        let mut beside_neighbours: Vec<&str> = after.chain(before).copied().collect();
        beside_neighbours.sort_unstable();
        beside_neighbours.dedup();
        // (A listed word that writes a double letter single is a spelling of its own: "wilful",
        // "Mathew".)
        let variant = |w: &str| t.info.is_some_and(|i| i.listed) && undoubled(w) == t.lower;
        let mut found = beside_neighbours.into_iter().filter(|w| {
            lost_one_letter(w, &t.lower)
                && *w != plural
                && !variant(w)
                && self.lex.any_freq(w) >= written.saturating_mul(OWN_PAIR_RATIO)
        });
        let first = found.next()?;
        if found.next().is_some() {
            return None; // two of the document's words fit: which one was meant is a guess
        }
        Some(Correction {
            kind: Kind::DroppedLetter,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(first, t.text),
            fix: Some(Safety::Unsafe),
            alternatives: Vec::new(),
        })
    }

    /// A word the document writes once, a lost letter away from a word it writes again and
    /// again ("Zimbabe" beside "Zimbabwe"): the document's own usage vouches for the repair,
    /// even of a name. (Not a lost plural ending, "Serb" beside "Serbs", which is a form of
    /// its own; not the remains of a word broken at a line end.)
    pub(super) fn lost_letter_of_own_word(&self, text: &str, t: &Token) -> Option<Correction> {
        let edge = text[..t.start].ends_with(['\n', '-']) || text[t.end..].starts_with(['\n', '\r', '-']);
        let digits = t.lower.chars().any(|c| c.is_ascii_digit());
        if t.lower.len() < OWN_WORD_MIN_LEN || !t.lower.is_ascii() || digits || edge || self.uses(&t.lower) > 1 {
            return None;
        }
        let mut found = one_letter_longer(&t.lower);
        let plural = format!("{}s", t.lower);
        // (Spelled on the web or listed, alike: "Mahal" and "Danielle".)
        let written = self.lex.any_freq(&t.lower);
        // Often enough that chance is no explanation: a long document holds many a pair of
        // names a letter apart ("Salu" and "Sallu" in the Bible), and more often than the web
        // writes it ("trigger" in a manual is no word of its own).
        let own = |w: &String| {
            let uses = self.doc_uses(w);
            let share = f64::from(uses) / self.doc_words.max(1) as f64;
            uses >= OWN_WORD_MIN_USES
                && uses as usize * OWN_WORD_SPAN >= self.doc_words
                && share >= OWN_WORD_BURST * self.lex.logp(w).exp()
                && self.lex.any_freq(w) >= OWN_WORD_MIN_FREQ.max(written.saturating_mul(OWN_WORD_RATIO))
                && *w != plural
        };
        let first = found.find(own)?;
        if found.any(|w| own(&w) && w != first) {
            return None; // two words of the document's fit: which one was meant is a guess
        }
        Some(Correction {
            kind: Kind::DroppedLetter,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(&first, t.text),
            fix: Some(Safety::Unsafe),
            alternatives: Vec::new(),
        })
    }

    pub(super) fn non_word(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        seen_freq: Option<u64>,
    ) -> Option<Correction> {
        let t = &tokens[i];
        if let Some(c) = self.possessive_run_into_word(t) {
            return Some(c);
        }
        if let Some(c) = self.lost_letter_of_own_word(text, t) {
            return Some(c);
        }
        if self.possessive_of_known_word(t) {
            return None;
        }
        // (A web spelling too, when it is a regular inflection: "inlined".)
        let derived = if seen_freq.is_none() {
            self.regularly_derived(&t.lower)
        } else {
            self.regular_inflection(&t.lower) && self.no_damaged_form(&t.lower)
        };
        if !self.ocr_output && !t.capitalized() && !t.has_inner_capital_i() && derived {
            return None;
        }
        let mut around = self.around(text, tokens, i, i);
        // (Not in OCR output, where specks are read as full stops and commas.)
        if around.next.is_none() && !self.ocr_output {
            around.before_mark = mark_after(&text[t.end..]);
        }
        let has_digit = t.lower.chars().any(|c| c.is_ascii_digit());
        // In edited text a word with a digit that the document writes again is a name it
        // gives something ("rect1", "col1"): a slip is not made twice. (OCR repeats its
        // misreadings.)
        if has_digit && !self.ocr_output && self.uses(&t.lower) >= 2 {
            return None;
        }
        // In technical prose a word with a digit is a name too, written once or not ("tab1",
        // "rc1", "Win32"); a letter's look-alike is no typing slip there either ("Raut" is no
        // "Rant").
        let typed = !self.ocr_output && !t.has_inner_capital_i() && self.technical(text);
        if typed && has_digit {
            return None;
        }
        let glyph_evidence = has_digit || t.has_inner_capital_i();
        // A piece of a word broken across lines ("nois" after "Illi-" was lost) is no word
        // but no misspelling either: at a line's edge only glyph repairs are trusted. (Not in
        // OCR output, where a word at a line's edge is as damaged as any other, and the pieces
        // of a broken word that rejoin have been joined already.)
        let at_line_edge = self.hard_wrapped
            && !self.ocr_output
            && (text[..t.start].ends_with('\n') || text[t.end..].starts_with(['\n', '\r']));
        // (A possessive's name written elsewhere is a use: "Niue" and then "Niue's".)
        let possessed = t.lower.strip_suffix("'s").is_some_and(|name| self.uses(name) >= 1);
        let repeated = self.uses(&t.lower) >= 2
            || possessed
            || (!self.ocr_output && self.inflected_elsewhere(&t.lower))
            || self.run_vocabulary(&t.lower);
        // Whether `w` is `ratio` times as common as the word as written, a web spelling.
        let rarer = |w: &str, ratio: u64| self.lex.freq(w) >= seen_freq.unwrap_or(0).saturating_mul(ratio);
        // A web spelling capitalised only because it opens a sentence ("Therfore they turned")
        // is judged as it would be in lowercase: the web's slips of common words are no names.
        let sentence_case = seen_freq.is_some()
            && t.capitalized()
            && !self.ocr_output
            && !repeated
            && t.text.chars().skip(1).all(|c| !c.is_uppercase())
            && !text[t.end..].starts_with('-')
            && starts_sentence(text, t.start);
        // Names: capitalised words are only touched with glyph evidence and when not repeated.
        let name_like = t.capitalized() && !t.has_inner_capital_i() && !sentence_case;
        if !t.capitalized() && self.archaic_register() && self.old_form(&t.lower) {
            return None;
        }
        // A capitalised word that lost a letter ("Japn", "Stte") becomes a common word, which
        // names seldom do.
        // (A web spelling too, when the word is far more common: "Congres", "Repubic".)
        // (Not before a hyphen: "Mone-" is a word's head.)
        // (Nor in a list of names the lists lack: "Tutuila, Ofoo, Olosenga, and Manua".)
        let capital_drop = name_like
            && !repeated
            && !has_digit
            && t.lower.len() >= 4
            && !at_line_edge
            && !text[t.end..].starts_with('-')
            && !self.listed_among_unknown_names(text, tokens, i);
        // In OCR output a web spelling ("thn", "fron") is as likely a misreading as any other.
        // (OCR misreads a word the same way each time it prints it: "thn" twice is no author's
        // spelling there.)
        let repeated_own = repeated && !self.ocr_output;
        let only_glyphs = name_like || (seen_freq.is_some() && !self.ocr_output) || repeated_own || at_line_edge;
        if name_like && (t.lower.len() < 4 || repeated) && !has_digit && !self.ocr_output {
            return None;
        }
        // A surname after a first name and an initial ("Theodore P. Shonts") is a name
        // whatever it looks like.
        if name_like && !glyph_evidence && !self.ocr_output && after_first_name_and_initial(text, tokens, i) {
            return None;
        }
        // In edited text a word written again and again is the writer's own ("musl" in release
        // notes): damage seldom strikes one word the same way thrice. (Not with a glyph's mark,
        // a digit or a capital I inside, which a font or a scan leaves on every copy; nor in
        // OCR output, which repeats its misreadings.)
        if !self.ocr_output && !glyph_evidence && self.uses(&t.lower) >= REPEATED_CONTENT_WORD_USES {
            return None;
        }
        // A lowercase word alone in brackets names something: a contributor's handle in a
        // changelog ("(feugy)"), a term or an abbreviation being introduced ("the Tutsi king
        // (mwami)"). (In edited text, and without a glyph's mark. A capitalised one is as
        // likely a damaged name: "Santa Maria (Guaternala)".)
        if !self.ocr_output && !glyph_evidence && !t.capitalized() && alone_in_brackets(text, t) {
            return None;
        }
        // So does a word alone in quotation marks: it is mentioned, a coinage or a term being
        // defined ("the ‘uparrow’ name", "spelled ‘gawble’"), not used. (In edited text.)
        if !self.ocr_output && !glyph_evidence && alone_in_quotes(text, t) {
            return None;
        }
        let mut candidates = Vec::new();
        // A capitalised word run into the next ("Theycannot", "Cubabeing") is split when a
        // function word starts it, or ends it after a first part too long to be a name's
        // syllable ("Dadis" stays a name).
        if name_like && !repeated && !has_digit && !at_line_edge {
            // (Beside another capitalised word it is likelier part of a name, and is not split
            // where the second piece shuns the next word, "Bryan Ritterby was", "the Chilian
            // Government", or where a rare name follows, "Victoriano Huerta", "Hermis
            // Moutardier"; "the Federal Governmentso that" is split.)
            let in_name = beside_name(text, tokens, i);
            // (A function word keeps its capital only where a clause opens: inside a sentence
            // "the son of Beor" is a name, no "Be or"; "emigration. Thepopulation" is split.)
            // (Nor in a title, where a capitalised function word before it shows that every
            // word is capitalised: "and It Isa Question".)
            let title_case = i > 0 && {
                let p = &tokens[i - 1];
                p.capitalized() && is_function_word(p.lower.as_str()) && p.lower != "i"
            };
            let opens_clause = opens_clause(text, t.start) || title_case;
            // (Names end in "-an", "-or", "-is" and "-at": a name inside a sentence ends in a
            // short function word only where that word fits the next, "the Spiritof God"; not
            // "the son of Nachor, ...", nor "slew Mattan the priest".)
            // (A number next is a date or a count, which a preposition takes: "the Accordsof 1954".)
            let number_next = around.next.is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            let ends_clause = |b: &str| opens_clause || number_next || self.opens_pair(b, around.next, 1);
            let rare_name_next = tokens
                .get(i + 1)
                .is_some_and(|n| n.capitalized() && around.next.is_some() && self.lex.freq(&n.lower) < NAME_FREQ);
            // (Only into common words: a name splits into rare ones all too easily, "Hesed" into
            // "He sed".)
            candidates.extend(splits(&t.lower, self, true, &around).into_iter().filter(|c| {
                let (a, b) = (c.words[0].as_str(), c.words[1].as_str());
                // (Where a sentence opens, an article or the like may have run into a rarer word,
                // "Thefortunes amassed"; and one of the phrases the web writes most may have lost
                // its space, "Lastyear the Congress".)
                let opener = is_function_word(a) && a.len() >= 2 && opens_clause;
                let floor = if opener && b.len() >= 4 { NAME_FREQ } else { COMMON_PART };
                let common = self.lex.freq(b) >= floor;
                let phrase =
                    opens_clause && self.everyday(a) && self.everyday(b) && self.lex.bigram(a, b) >= STRONG_PAIR;
                let shunned = around.next.is_some_and(|n| self.lex.shuns(b, n));
                let paired = !in_name || !(shunned || rare_name_next);
                common
                    && paired
                    && (opener
                        || phrase
                        || (is_function_word(b) && a.len() >= 4 && (b.len() > 2 || ends_clause(b)))
                        || inflected_head_merged(a, b, self))
            }));
            if seen_freq.is_none() {
                candidates.extend(self.name_run_into_word(&t.lower, &around));
            }
        }
        // (In OCR output a capitalised pair of letters that is no word, "Iu" or "Tu", is as
        // likely a misread "In" or "To".)
        if t.lower.len() <= 2 && !glyph_evidence && !self.ocr_output {
            return self.short_word_lost_letter(text, t, &around);
        }
        // A word cut at a line end may have lost its last letters: only the cheap confusions.
        let budget = if self.ocr_output && !at_line_edge { OCR_GLYPH_BUDGET } else { GLYPH_BUDGET };
        candidates.extend(self.glyph_candidates(t, budget));
        if self.ocr_output && name_like {
            candidates.extend(self.capital_candidates(t, budget));
        }
        if !only_glyphs && !has_digit {
            candidates.extend(edit_candidates(&t.lower, self, &around));
        } else if seen_freq.is_some() && !name_like && !repeated && !has_digit && !at_line_edge {
            // A web spelling such as "hich" or "ast": lost letters and spaces are the usual
            // damage; the context decides below.
            candidates.extend(insertions(&t.lower, self, false));
            candidates.extend(splits(&t.lower, self, false, &around));
            // (Capitalised as it opens a sentence, it may be a common name's slip, as a
            // capitalised word may be: "Aerican citizenship should be conferred".)
            if sentence_case {
                candidates.extend(insertions(&t.lower, self, true).into_iter().filter(|c| {
                    let w = &c.words[0];
                    self.lex.info(w).is_some_and(|i| i.proper)
                        && self.lex.freq(w) >= CAPITAL_DROP_FREQ
                        && rarer(w, LOST_LETTER_SLIP_RATIO)
                }));
            }
        } else if !name_like && !has_digit && !at_line_edge {
            candidates.extend(splits(&t.lower, self, false, &around));
        }
        if self.ocr_output && !has_digit {
            let contractions = lost_apostrophes(&t.lower, self);
            // Print has no web spellings of contractions: in OCR output "dont" and "oclock"
            // lost their apostrophe, however often the web writes them so.
            if let [only] = contractions.as_slice() {
                if seen_freq.is_some() {
                    return Some(Correction {
                        kind: Kind::DroppedLetter,
                        span: t.start..t.end,
                        original: t.text.to_string(),
                        replacement: apply_case(&only.text(), t.text),
                        fix: Some(Safety::Unsafe),
                        alternatives: Vec::new(),
                    });
                }
            }
            candidates.extend(contractions);
        }
        if !t.capitalized() && !has_digit && !at_line_edge {
            candidates.extend(self.name_lost_its_capital(&t.lower));
        }
        if capital_drop && !surname_or_foreign_name_part(text, tokens, i) {
            // Only into common words: a rarer name one letter longer ("Maon" and "Mason", "Zair"
            // and "Zaire") is as likely another name. (Rarer ones too where the word is a
            // stray among names the web knows: "both Hitlr and God".)
            candidates.extend(
                insertions(&t.lower, self, true)
                    .into_iter()
                    .filter(|c| {
                        let w = &c.words[0];
                        let long_fit = t.lower.len() >= LONG_NAME_LEN && self.content_neighbour_pairs_with(&around, w);
                        // (So may a long one that only opens a sentence lose a letter of a rarer
                        // word that is no name: "Earthqukes and thieves".)
                        let opens_sentence = seen_freq.is_none()
                            && t.lower.len() >= LONG_NAME_LEN
                            && starts_sentence(text, t.start)
                            && self.lex.info(w).is_some_and(|i| !i.proper);
                        let floor = if long_fit
                            || opens_sentence
                            || (seen_freq.is_none() && self.stray_unknown_name(text, t))
                        {
                            LONG_CAPITAL_DROP_FREQ
                        } else {
                            CAPITAL_DROP_FREQ
                        };
                        self.lex.freq(w) >= floor && rarer(w, LOST_LETTER_SLIP_RATIO)
                    })
                    .map(|mut c| {
                        c.cost += 1.0;
                        c
                    }),
            );
        }
        if name_like && !glyph_evidence {
            // In OCR output a capitalised word is as often damaged as a name: cheap confusions
            // into common words are let through.
            let (max_cost, min_freq) =
                if self.ocr_output { (ocr_name_cost(&t.lower), OCR_NAME_FREQ) } else { (NAME_COST, NAME_FREQ) };
            candidates.retain(|c| {
                let cheap = c.cost <= max_cost || matches!(c.kind, Kind::DroppedLetter | Kind::Merged);
                // (A possessive is as common as its name: the lists hold "China's" as a rare word.)
                let w = &c.words[0];
                let name = w.strip_suffix("'s").filter(|stem| self.lex.contains(stem)).unwrap_or(w);
                cheap && self.lex.freq(name) >= min_freq
            });
        }
        // OCR misreads a word the same way each time it prints it ("Sonator" twice), so in OCR
        // output a recurring capitalised word is held to the name filter above instead.
        if repeated && !glyph_evidence && !self.ocr_output {
            // A word the document uses again and again is its own, unless it is a well-known
            // OCR form of a function word ("tbe", "tlie").
            candidates.retain(|c| c.kind == Kind::Glyph && is_function_word(c.text().as_str()));
        }
        if !self.ocr_output {
            // A letter typed before a word is seldom a slip: "previsory" is no "revisory".
            candidates.retain(|c| !(c.kind == Kind::Misspelling && t.lower.get(1..) == Some(c.text().as_str())));
        }
        // An unknown word made of two common words ("timebombs", "lowrent", "hashable") is a
        // compound closed up, by its writer or by a lost space, not a misspelling of a word
        // letters away ("firebombs", "torrent"), nor two other words ("has hable"). (Lost
        // letters and glyphs are still read: "electons", "cornpromise". In edited text only:
        // OCR misreads compounds like any other word.)
        if seen_freq.is_none() && !self.ocr_output && !t.capitalized() && self.closed_compound(&t.lower) {
            candidates.retain(|c| match c.kind {
                Kind::Misspelling => false,
                Kind::Merged => c.words.iter().all(|w| self.everyday(w)),
                _ => true,
            });
        }
        // Technical prose names things by running words together ("indexname", "typesafe"):
        // there only a function word run into a word ("tothe") has lost a space. (Not one that
        // opens the names of predicates and handlers, "isdead", "oncreate", "tolower", unless
        // another function word follows it: "tothe".)
        // (Such a name made of an everyday word is no misspelling of another word either:
        // "isdead" is no "indeed"; "insted" is.)
        if !self.ocr_output && !t.capitalized() && self.technical(text) {
            let identifier = |c: &Candidate| {
                c.kind == Kind::Merged && identifier_name(&c.words) && c.words[1..].iter().all(|w| self.everyday(w))
            };
            if candidates.iter().any(identifier) {
                return None;
            }
            candidates.retain(|c| c.kind != Kind::Merged || lost_space_in_technical_prose(&c.words));
            // A short word no list holds is an abbreviation or a name there ("musl", "tsan",
            // "alpn", "gypi"): it is read only as a function word that lost or changed a letter
            // and that both neighbours know ("panics wheh deadlines"; not "make tsan happy" as
            // "than"), or as two words of two letters or more. (Not even as the web's slip of a
            // common word: "strs", "cty", "pth" and "nul" are names there.)
            if t.lower.len() <= TECHNICAL_ABBREVIATION_LEN && !glyph_evidence {
                let both_know = |w: &str| {
                    let (prev, next) = (around.prev, around.next);
                    (prev.is_some() || next.is_some())
                        && prev.is_none_or(|p| self.attested(p, w))
                        && next.is_none_or(|n| self.attested(w, n))
                };
                candidates.retain(|c| match c.kind {
                    Kind::Merged => c.words.iter().all(|w| w.len() >= 2),
                    _ => is_function_word(c.words[0].as_str()) && both_know(&c.words[0]),
                });
            }
        }
        if typed {
            candidates.retain(|c| c.kind != Kind::Glyph);
        }
        if sentence_case {
            // (Only a lost letter or space: a name that opens a sentence is a glyph or two from many
            // words, "Huon" from "Noon".)
            candidates.retain(|c| matches!(c.kind, Kind::DroppedLetter | Kind::Merged));
        }
        let scored = self.rank(candidates, &around);
        let best = scored.first()?;
        // In edited text a misspelling's likeliest reading is a word of some currency: where
        // it is a rare or obscure word ("ladronism" as "ladrones", "crudware" as "redware"),
        // the word is more likely a rare form the lexicon lacks than a slip of that word.
        if !self.ocr_output && best.kind == Kind::Misspelling && best.words.iter().any(|w| !self.current_word(w)) {
            return None;
        }
        // A web spelling a thousand times rarer than a word it lost a letter of is the web's own
        // slip of it ("migh", "lik"): its frequency is the typing error's, no evidence of a word.
        // (A lost letter only: "niver" and "rie" are old spellings a glyph away from "never"
        // and "no"; and not where an apostrophe marks the letter's loss: "usin'".)
        let slip = |w: &str| rarer(w, SLIP_RATIO);
        let elided = text[t.end..].starts_with(['\'', '’']);
        let lost_letter = best.kind == Kind::DroppedLetter && !elided;
        // (A capitalised one may be a name a letter from a word, even after a full stop, which
        // may end an initial: "W. Mathes". It must be far rarer still.)
        let slip_ratio = if t.capitalized() { LOST_LETTER_SLIP_RATIO } else { LOWERCASE_LOST_LETTER_SLIP_RATIO };
        let lost_letter_slip = lost_letter && rarer(&best.words[0], slip_ratio);
        let seen_margin = if lost_letter_slip { 0.0 } else { SEEN_MARGIN };
        if seen_freq.is_some() && best.score - self.context_logp(&around, &[&t.lower]) < seen_margin {
            return None; // the web spelling fits its context about as well
        }
        // A web spelling ("und" in a German sentence) is only repaired when a neighbour
        // vouches for the repair: a more common word alone is no evidence.
        // ... unless the web spelling is a rare slip of a function word ("wih", "hich"), which
        // a foreign word ("und" is 700 times rarer than "and") never is.
        let repair_ok = best.words.first().is_some_and(|w| {
            self.table_pairs_with(&around, w) || lost_letter_slip || (slip(w) && is_function_word(w.as_str()))
        });
        if seen_freq.is_some() && !self.ocr_output && !repair_ok {
            return None;
        }
        let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
        let margin = best.score - runner_up;
        let clear = margin >= FIX_MARGIN;
        let safe =
            best.kind == Kind::Glyph && (t.has_inner_capital_i() || (best.cost <= SAFE_COST && margin >= SAFE_MARGIN));
        // Old type's long s (ſ) is read as a capital F or B: inside a sentence, "a Ftate of"
        // and "Bince" are a lowercase "state" and "since".
        let long_s = self.ocr_output
            && name_like
            && t.lower.starts_with(['f', 'b'])
            && best.text().starts_with('s')
            && i > 0
            && tokens[i - 1].text.starts_with(|c: char| c.is_ascii_lowercase())
            && links(&text[tokens[i - 1].end..t.start]);
        // A name that lost its capital ("frican") gets it back: any capitalised word is a
        // model of that case.
        let lost_capital = !t.capitalized() && self.lex.info(&best.words[0]).is_some_and(|i| i.proper);
        let case_model = if long_s {
            "s"
        } else if lost_capital {
            "A"
        } else {
            t.text
        };
        Some(Correction {
            kind: best.kind,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(&best.text(), case_model),
            fix: clear.then_some(if safe { Safety::Safe } else { Safety::Unsafe }),
            alternatives: scored.iter().skip(1).take(3).map(|c| apply_case(&c.text(), t.text)).collect(),
        })
    }

    /// Whether token `i` is an item of a list ("A, B, and C", "A or B") beside an item that is a
    /// capitalised word the lexicon does not know as a common word: a list of rare names,
    /// where a word a letter from a common one is as rare a name ("Olosenga, and Manua").
    fn listed_among_unknown_names(&self, text: &str, tokens: &[Token], i: usize) -> bool {
        let unknown_name = |j: usize| {
            let n = &tokens[j];
            n.capitalized() && self.lex.freq(&n.lower) < NAME_FREQ && !is_function_word(n.lower.as_str())
        };
        let sep = |j: usize| text[tokens[j].end..tokens[j + 1].start].trim_matches(' ');
        let conjunction = |j: usize| matches!(tokens[j].lower.as_str(), "and" | "or");
        // The item before: ", B" or "B and" / "B, and".
        let before = (i >= 1 && sep(i - 1) == "," && unknown_name(i - 1))
            || (i >= 2
                && conjunction(i - 1)
                && sep(i - 1).is_empty()
                && matches!(sep(i - 2), "" | ",")
                && unknown_name(i - 2));
        // The item after: "C, D" or "C and D".
        let after = (i + 1 < tokens.len() && sep(i) == "," && unknown_name(i + 1))
            || (i + 2 < tokens.len()
                && conjunction(i + 1)
                && sep(i).is_empty()
                && sep(i + 1).is_empty()
                && unknown_name(i + 2));
        before || after
    }

    /// Whether the token is the possessive of a word the lists hold, the document writes, or
    /// the run shares ("anyone else's", "the parser's", "rustc's"): the lists hold the
    /// possessives of common nouns only, and an apostrophe and an s damage no word. (Not with a
    /// capital I inside, the mark of a misread l: "imperiaIism's"; nor capitalised, where a
    /// name may have lost a letter of a word: "the Fud's goal".)
    fn possessive_of_known_word(&self, t: &Token) -> bool {
        let Some(stem) = t.lower.strip_suffix("'s") else { return false };
        let known = |w: &str| self.lex.info(w).is_some_and(|i| i.listed) || self.uses(w) >= 1 || self.run_vocabulary(w);
        !t.capitalized()
            && !t.has_inner_capital_i()
            && stem.len() >= 3
            && stem.chars().all(char::is_alphabetic)
            && known(stem)
    }

    /// Whether `lower` is two common words of three letters or more run together.
    fn closed_compound(&self, lower: &str) -> bool {
        self.closed_compound_of(lower, |w| self.common_lowercase_word(w))
    }

    /// Whether `lower` is two parts of three letters or more run together, each one a `part`.
    pub(super) fn closed_compound_of(&self, lower: &str, part: impl Fn(&str) -> bool) -> bool {
        (CLOSED_COMPOUND_PART..=lower.len().saturating_sub(CLOSED_COMPOUND_PART))
            .filter(|&at| lower.is_char_boundary(at))
            .any(|at| part(&lower[..at]) && part(&lower[at..]))
    }

    /// The common name that `lower` is with its first letter, a capital, lost: "frican",
    /// "uatemala" (print drops a large initial capital, and a scan may miss it).
    fn name_lost_its_capital(&self, lower: &str) -> Vec<Candidate> {
        if lower.len() < LOST_CAPITAL_MIN_LEN {
            return Vec::new();
        }
        ('a'..='z')
            .map(|c| format!("{c}{lower}"))
            .filter(|w| self.lex.info(w).is_some_and(|i| i.listed && i.proper && i.freq >= NAME_FREQ))
            .map(|w| Candidate { words: vec![w], cost: channel::INSERT, kind: Kind::DroppedLetter, score: 0.0 })
            .collect()
    }

    /// A capitalised word run into a long common word after it ("Moroccomaintains a large
    /// presence", "Governmentespecially to go"), where the whole is no word even the
    /// web spells: each part is a listed word, and a neighbour has been seen beside its part.
    /// (A name made of a word and a shorter one, "Greenwood", is listed or spelled on the web.)
    pub(super) fn name_run_into_word(&self, lower: &str, around: &Around) -> Vec<Candidate> {
        let listed = |w: &str| self.lex.info(w).is_some_and(|i| i.listed);
        let fits = |x: Option<&str>, y: Option<&str>| x.zip(y).is_some_and(|(x, y)| self.attested(x, y));
        (NAME_HEAD_MIN_LEN..lower.len().saturating_sub(NAME_TAIL_MIN_LEN - 1))
            .filter(|&i| lower.is_char_boundary(i))
            .map(|i| (&lower[..i], &lower[i..]))
            .filter(|&(a, b)| {
                let tail_common = self.common_lowercase_word(b);
                // (Not a compound that lost its hyphen: "Enron-related", "Anti-commons".)
                let compound = b.ends_with("ed") || b.ends_with("ing") || COMPOUND_FORMERS.contains(&a);
                // (Nor a place named with a word and a place-name element: "Cranebrook",
                // "Blackwater", "Stonebridge".)
                let place = PLACE_NAME_ELEMENTS.contains(&b);
                listed(a)
                    && tail_common
                    && !compound
                    && !place
                    && (fits(around.prev, Some(a)) || fits(Some(b), around.next))
            })
            .map(|(a, b)| Candidate {
                words: vec![a.to_string(), b.to_string()],
                cost: channel::MERGE,
                kind: Kind::Merged,
                score: 0.0,
            })
            .collect()
    }

    /// A possessive run into the word after it ("Somalia’sclose trading", "a top
    /// judge'sarrest"): no word goes on after an apostrophe and an s but a name's ("O'Sullivan",
    /// capitalised), so a common word there lost the space before it.
    pub(super) fn possessive_run_into_word(&self, t: &Token) -> Option<Correction> {
        let (at, mark) = t.text.char_indices().find(|&(_, c)| c == '\'' || c == '’')?;
        let head = &t.text[..at];
        let tail = t.text[at + mark.len_utf8()..].strip_prefix('s')?;
        let word = |w: &str| w.chars().all(char::is_alphabetic) && !w.is_empty();
        let tail_common = tail.len() >= 3 && tail.chars().all(|c| c.is_lowercase()) && self.common_lowercase_word(tail);
        if !word(head) || !tail_common {
            return None;
        }
        let split = at + mark.len_utf8() + 1;
        Some(Correction {
            kind: Kind::Merged,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: format!("{} {tail}", &t.text[..split]),
            fix: Some(Safety::Unsafe),
            alternatives: Vec::new(),
        })
    }

    /// In edited text, two lowercase letters that make no word ("who cn tell", "Hanani, oe of
    /// my brothers") are abbreviations, units, initials or foreign particles ("de la"), unless
    /// they are a common word that lost a letter and both neighbours have been seen beside
    /// that word: then the slip is read, as any web spelling is, when it fits clearly better.
    pub(super) fn short_word_lost_letter(&self, text: &str, t: &Token, around: &Around) -> Option<Correction> {
        let (Some(prev), Some(next)) = (around.prev, around.next) else { return None };
        if t.capitalized() || text[t.end..].starts_with('.') {
            return None; // a name's initials, an abbreviation
        }
        // Both neighbours know the reading; or, where neither has been seen beside the word as
        // written, one knows it as one of the commonest pairs there are ("its wn Charter",
        // "a ew period"): the table is too thin to hold every pair of the other side.
        let unwitnessed = self.lex.bigram(prev, &t.lower) == 0 && self.lex.bigram(&t.lower, next) == 0;
        let witnessed = |w: &str| {
            let (before, after) = (self.lex.bigram(prev, w), self.lex.bigram(w, next));
            (before > 0 && after > 0) || (unwitnessed && before.max(after) >= STRONG_PAIR)
        };
        let fits = |w: &str| self.lex.freq(w) >= COMMON_PART && witnessed(w);
        let candidates: Vec<Candidate> =
            insertions(&t.lower, self, false).into_iter().filter(|c| fits(&c.words[0])).collect();
        let scored = self.rank(candidates, around);
        let best = scored.first()?;
        if best.score - self.context_logp(around, &[&t.lower]) < SEEN_MARGIN {
            return None;
        }
        Some(best_reading(t, &scored))
    }
}

/// Whether `t` stands alone between brackets: "(feugy)", "[xcrun]".
fn alone_in_brackets(text: &str, t: &Token) -> bool {
    let before = text[..t.start].chars().next_back();
    let after = text[t.end..].chars().next();
    matches!((before, after), (Some('('), Some(')')) | (Some('['), Some(']')))
}

/// Whether `t` stands alone between quotation marks, a word mentioned rather than used: "the
/// term ‘frobnicate’", "spelled \"gawble\"". (A closing mark may have a stop or a comma
/// before it: "‘softwary,’".)
fn alone_in_quotes(text: &str, t: &Token) -> bool {
    let before = text[..t.start].chars().next_back();
    let rest = text[t.end..].trim_start_matches(['.', ',']);
    let after = rest.chars().next();
    matches!((before, after), (Some('‘'), Some('’')) | (Some('“'), Some('”')) | (Some('"'), Some('"')))
}
