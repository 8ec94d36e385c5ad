//! Repairs of two tokens together: a split word, a letter replaced by a space, a word broken
//! at a line end.

use super::*;

impl Scorer<'_> {
    /// A repair of tokens `i` and `i + 1` together: a split word, a letter replaced by a
    /// space, or a word broken at a line end.
    pub(super) fn pair(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let (a, b) = (&tokens[i], &tokens[i + 1]);
        if a.protected
            || b.protected
            || (b.capitalized() && !heading_pieces(text, a, b))
            || a.text == "I"
            || self.in_code(text, a)
            || self.in_code(text, b)
        {
            return None;
        }
        // (A lone letter that heads a compound is a symbol: "an n-bit integer", "an x-ray".)
        if b.text.chars().count() == 1 && text[b.end..].starts_with('-') {
            return None;
        }
        let sep = &text[a.end..b.start];
        let hyphen_break = matches!(sep, "-\n" | "-\r\n");
        // What follows a line end is a word's tail when it is no common word, or one rarer
        // than the word it ends ("ment" is listed, and common on the web, which breaks words
        // too, but "department" is far more common).
        let tail = || match b.info {
            Some(w) if w.listed && w.freq >= COMMON_PART => self.lex.freq(&format!("{}{}", a.lower, b.lower)) > w.freq,
            _ => true,
        };
        // In hard-wrapped text a word may be broken at a line end whose hyphen was lost, or
        // in OCR output read as a mark of like size ("Depart.⏎ment", "commence'⏎ment").
        let misread_hyphen = self.ocr_output
            && matches!(sep.trim_end_matches(['\n', '\r']), "." | "," | "'")
            && sep.ends_with('\n')
            && tail();
        let lost_hyphen = self.hard_wrapped && (matches!(sep, "\n" | "\r\n") || misread_hyphen);
        if sep != " " && !hyphen_break && !lost_hyphen {
            return None;
        }
        if lost_hyphen && a.info.is_some() && b.info.is_some() && !self.ocr_output {
            return None; // two words at the edges of two lines, as wrapping leaves them
        }
        let pair_uses = self.pair_counts.get(&(a.lower.as_str(), b.lower.as_str())).copied().unwrap_or(0);
        let file_uses = self.whole_file.map_or(0, |f| f.pair_usage(&a.lower, &b.lower).times);
        if !hyphen_break && pair_uses.max(file_uses) >= 2 {
            return None;
        }
        // Common web spellings ("de") count as words here.
        let (a_known, b_known) = (a.info.is_some(), b.info.is_some());
        let listed = a.info.is_some_and(|w| w.listed) && b.info.is_some_and(|w| w.listed);
        let joined = format!("{}{}", a.lower, b.lower);
        let joined_usable = self.usable(&joined, a.capitalized());
        let short = a.lower.len() <= 2 || b.lower.len() <= 2;
        // Rare listed words ("amental", "ult", "ers") are as often the pieces of a word that
        // lost a letter to a space ("fun amental", "ult mate", "barr ers").
        let current = |t: &Token| t.info.is_some_and(|w| w.listed && w.freq >= PAIR_WORD_FREQ);
        let both_current = current(a) && current(b);
        if !joined_usable && both_current && !short {
            return None; // the common case, decided with one lookup
        }
        // Two listed words of four letters or more are the author's ("shop keepers", "rail
        // ways" in an old text): a stray space leaves a fragment on one side ("gov ernment").
        // (Unless the word they make is more common than either: "prog rams", "develop ment".)
        let long_words = a.lower.len() >= 4 && b.lower.len() >= 4;
        let joined_dominates = || self.lex.freq(&joined) > self.lex.freq(&a.lower).max(self.lex.freq(&b.lower));
        if listed && long_words && !hyphen_break && !self.ocr_output && !joined_dominates() {
            return None;
        }
        // A text in the old second person writes apart what is one word now: "to morrow",
        // "any thing", "for ever".
        if listed && !hyphen_break && !lost_hyphen && self.archaic_register() {
            return None;
        }
        // A capitalised word after another is part of a name ("Kim Jong Un vowed").
        let in_name = i > 0 && tokens[i - 1].capitalized() && links(&text[tokens[i - 1].end..a.start]);
        // (A name broken at a line end by its hyphen is rejoined, "Philipp-⏎ines", and so is a
        // common word split after a capitalised one: "The Constitu tion".)
        let common_word = || self.lex.info(&joined).is_some_and(|i| !i.proper && i.freq >= COMMON_PART);
        // In OCR output a name's tail alone on the next line is no word ("Wash⏎ington").
        // (A head that is no listed word, "Wednes⏎day", is a broken word's whatever follows.)
        let head_listed = a.info.is_some_and(|w| w.listed);
        let name_broken = self.ocr_output && lost_hyphen && (tail() || !head_listed);
        // (So is a word far more common than names are that a space took a letter of: "the
        // United Sta es", "Amer ca".)
        let respelled_common_word = || {
            letter_in_gap(&a.lower, &b.lower).any(|w| self.usable(&w, true) && self.lex.freq(&w) >= CAPITAL_DROP_FREQ)
        };
        let name_rejoined = || {
            (joined_usable && (hyphen_break || name_broken || common_word()))
                || (!hyphen_break && respelled_common_word())
        };
        // (A tail that is no listed word is no part of a name either: "Atmospheric Admi
        // istration", "National G vernment".)
        let tail_listed = b.info.is_some_and(|w| w.listed);
        if a.capitalized()
            && a_known
            && tail_listed
            && (in_name || a.info.is_some_and(|w| w.proper))
            && !name_rejoined()
        {
            return None;
        }
        // Two words that often stand together ("de facto", "in to", "some day") stay apart;
        // a pair seen only as a rare slip ("be cause") does not count.
        let pair = self.lex.bigram(&a.lower, &b.lower);
        let joins_freely = pair.saturating_mul(PAIR_TO_WORD) < self.lex.freq(&joined);
        // A lowercase letter other than "a" standing alone, the only one in its document ("the
        // r chosen", "t is momentum"), is a word's piece; a document that writes letters as
        // symbols writes several ("so d was dropped before c"). The table's pairs with such a
        // letter come from broken words on the web, and vouch for nothing.
        let lone_letter = |t: &Token| {
            t.text.len() == 1
                && !matches!(t.text, "a" | "i")
                && !t.capitalized()
                && !text[t.end..].starts_with(['.', ')'])
                && self.letters_standing_alone() <= 1
        };
        let piece_alone = lone_letter(a) || lone_letter(b);
        if a_known && b_known && pair > 0 && !joins_freely && !piece_alone {
            return None;
        }
        let around = self.around(text, tokens, i, i + 1);
        // In OCR output the table's count of a pair that is a rare slip of the joined word
        // ("mak ing", "re port": web text broken the same way) vouches for nothing.
        let keep = if self.ocr_output && pair > 0 && joins_freely && joined_usable {
            self.context_logp_apart(&around, &a.lower, &b.lower)
        } else {
            self.context_logp(&around, &[&a.lower, &b.lower])
        };
        let mut options: Vec<(String, f64, Kind)> = Vec::new();
        let broken_word_search = self.ocr_output && (hyphen_break || lost_hyphen) && !listed && !joined_usable;
        if joined_usable {
            let (cost, kind) = if hyphen_break {
                (channel::HYPHEN_BREAK, Kind::HyphenBreak)
            } else if lost_hyphen {
                (channel::LOST_HYPHEN, Kind::HyphenBreak)
            } else {
                (channel::SPLIT, Kind::Split)
            };
            options.push((joined, cost, kind));
        } else if broken_word_search {
            // In OCR output the pieces of a word broken at a line end are misread too
            // ("reoom⏎maendation"): together they are searched like any damaged word.
            let hits = self.search(&joined, &joined, OCR_BROKEN_WORD_BUDGET, Edits::OcrAny, a.capitalized());
            for hit in hits.into_iter().filter(|h| h.word.len() >= OCR_BROKEN_WORD_MIN_LEN) {
                options.push((hit.word, hit.cost + channel::LOST_HYPHEN, Kind::HyphenBreak));
            }
        }
        if !hyphen_break && !lost_hyphen && (!both_current || (short && pair == 0) || piece_alone) {
            for candidate in letter_in_gap(&a.lower, &b.lower) {
                if self.usable(&candidate, a.capitalized()) {
                    options.push((candidate, channel::SPACE_FOR_LETTER, Kind::SpaceForLetter));
                }
            }
        }
        let mut scored: Vec<Candidate> = options
            .into_iter()
            .map(|(w, cost, kind)| {
                let score = self.context_logp(&around, &[&w]) - cost * self.channel_weight();
                Candidate { words: vec![w], cost, kind, score }
            })
            .collect();
        scored.sort_by(|x, y| y.score.total_cmp(&x.score));
        let best = scored.first()?;
        // A misread word broken at a line end must also beat its pieces read as two words.
        let keep = if broken_word_search { keep.max(self.best_as_two_words(a, b, &around)) } else { keep };
        let margin_over_text = best.score - keep;
        // A line-end hyphen between two words that make a word is a break, not a compound,
        // unless the pair fits clearly better ("dis-⏎charge", "judges-⏎hips").
        let needed =
            if a_known && b_known && !hyphen_break && !piece_alone { PAIR_MARGIN_BOTH_WORDS } else { PAIR_MARGIN };
        if margin_over_text < needed {
            return None;
        }
        let two_words = a_known && b_known && !hyphen_break && !lost_hyphen && !piece_alone;
        if two_words && self.second_word_stands(&around, a, b, &best.words[0]) {
            return None;
        }
        let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
        let clear = best.score - runner_up >= FIX_MARGIN;
        let safe = hyphen_break && !b_known && clear;
        let mut replacement = apply_case(&best.words[0], &text[a.start..b.end]);
        let mut end = b.end;
        if self.hard_wrapped && (hyphen_break || lost_hyphen) {
            // The separator's line break, without the hyphen or the mark read for one.
            let line_break = &sep[sep.find(['\r', '\n']).unwrap_or(sep.len())..];
            (end, replacement) = keep_line_break(text, b.end, replacement, line_break);
        }
        Some(Correction {
            kind: best.kind,
            span: a.start..end,
            original: text[a.start..end].to_string(),
            replacement,
            fix: clear.then_some(if safe { Safety::Safe } else { Safety::Unsafe }),
            alternatives: scored.iter().skip(1).take(3).map(Candidate::text).collect(),
        })
    }

    /// Judges again, in OCR output, the words beside repaired words with the repairs in place
    /// of what the page shows: a word between garbled neighbours is first judged on its
    /// frequency alone ("thoy livo neiir tho": "hour"), then by its repaired neighbours ("they
    /// live near the").
    pub(super) fn rejudge_beside_repairs(
        &self,
        text: &str,
        tokens: &[Token],
        consumed: &[bool],
        singles: &mut [Option<Correction>],
    ) {
        let reading = |c: &Option<Correction>| {
            c.as_ref()
                .filter(|c| c.fix.is_some() && !c.replacement.contains(char::is_whitespace))
                .map(|c| c.replacement.to_lowercase())
        };
        let readings: Vec<Option<String>> = singles.iter().map(reading).collect();
        if readings.iter().all(Option::is_none) {
            return;
        }
        let mut repaired: Vec<Token> = tokens
            .iter()
            .zip(&readings)
            .map(|(t, r)| match r {
                Some(lower) => Token { lower: lower.clone(), info: self.lex.info(lower), ..t.clone() },
                None => t.clone(),
            })
            .collect();
        let beside_repair =
            |i: usize| (i > 0 && readings[i - 1].is_some()) || readings.get(i + 1).is_some_and(Option::is_some);
        for i in (0..tokens.len()).filter(|&i| !consumed[i] && beside_repair(i)) {
            // The word judged is the one on the page; only its neighbours are read repaired.
            let reading_here = std::mem::replace(&mut repaired[i], tokens[i].clone());
            singles[i] = self.single(text, &repaired, i);
            repaired[i] = reading_here;
        }
    }

    /// Whether two words that make a word are two words after all: the word after them pairs
    /// far better with the second than with the word they make, and the word before does not
    /// prefer the joined word as much ("a bloody coup led by" is no "coupled by"; but "that
    /// spir it represents" is "that spirit"). Not where the first is a prefix.
    /// (The model backs off to single words for pairs it has not seen, so a word that takes
    /// one token's place looks likelier than two rare words; the neighbours tell them apart.)
    fn second_word_stands(&self, around: &Around, a: &Token, b: &Token, joined: &str) -> bool {
        if is_prefix(&a.lower) {
            return false; // "the dis sent by": the table's pairs of word heads vouch for nothing
        }
        let Some(next) = around.next.filter(|n| self.lex.info(n).is_some()) else { return false };
        let pull = self.logp_after(Some(&b.lower), next) - self.logp_after(Some(joined), next);
        let support = self.logp_after(around.prev, joined) - self.logp_after(around.prev, &a.lower);
        pull >= SECOND_WORD_PULL && support < JOIN_SUPPORT
    }

    /// The best score of tokens `a` and `b` read as two words, each as written or repaired by
    /// glyph confusions.
    pub(super) fn best_as_two_words(&self, a: &Token, b: &Token, around: &Around) -> f64 {
        let readings = |t: &Token| {
            let mut out = vec![(t.lower.clone(), 0.0)];
            let repairs = self.glyph_candidates(t, OCR_GLYPH_BUDGET);
            out.extend(repairs.into_iter().take(TWO_WORD_READINGS).map(|c| (c.words[0].clone(), c.cost)));
            out
        };
        let (firsts, seconds) = (readings(a), readings(b));
        let mut best = f64::NEG_INFINITY;
        for (wa, ca) in &firsts {
            for (wb, cb) in &seconds {
                best = best.max(self.context_logp(around, &[wa, wb]) - (ca + cb) * self.channel_weight());
            }
        }
        best
    }
}

/// Whether `a` and `b` are pieces of words of a heading set in capitals, where a capital marks
/// no name: "BANKING AND CURRENCY REFO RM". (Not single letters: "P M" is an abbreviation.)
fn heading_pieces(text: &str, a: &Token, b: &Token) -> bool {
    in_capitals(a.text) && in_capitals(b.text) && is_headline_line(&text[line_around(text, a.start)])
}
