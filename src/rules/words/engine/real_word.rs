//! A listed word that context shows is another word damaged (see [`Scorer::real_word`]).

use super::*;

/// Quotation marks and brackets that may close with a sentence, after its full stop.
const CLOSING_MARKS: &[char] = &['"', '”', '’', '\'', ')', ']'];

impl Scorer<'_> {
    /// A listed word that context shows is a different word damaged: "tho railroad",
    /// "county arc opposed".
    pub(super) fn real_word(&self, text: &str, tokens: &[Token], i: usize, info: WordInfo) -> Option<Correction> {
        let t = &tokens[i];
        // An old text's word order and adverbs are its own (see [`OLD_ORDER_WORDS`]).
        if OLD_ORDER_WORDS.contains(&t.lower.as_str()) && self.archaic_register() {
            return None;
        }
        // A short word that starts a sentence is capitalised for that alone: "Te only force",
        // "Fr the last years" may have lost a letter of a function word.
        // (Not a word the document uses again: "Thy" in an old Bible is its own.)
        let once = self.uses(&t.lower) <= 1;
        // A content word the document uses again and again is meant each time ("a kid of the
        // goats" in an old Bible): nobody slips the same way thrice. (Not function words,
        // which every text repeats, nor in OCR output, which repeats its misreadings.)
        // (Nor one the run's files use far more than English does: "your ox and your donkey".)
        let repeated = self.doc_uses(&t.lower) >= REPEATED_CONTENT_WORD_USES || self.run_own_vocabulary(&t.lower);
        if !self.ocr_output && repeated && !is_function_word(t.lower.as_str()) {
            return None;
        }
        // (A two-letter name is most often a chemical symbol, "Th" or "Sn", which opens no
        // sentence of prose; not an abbreviation before its full stop.)
        let symbol = info.proper && t.lower.len() == 2 && !text[t.end..].starts_with('.');
        let sentence_start = t.lower.len() <= 3 && (!info.proper || symbol) && once && starts_sentence(text, t.start);
        // In OCR output a capitalised common word ("Tho", "Aud") is as suspect as any other.
        let cased_ok = !t.capitalized() || (self.ocr_output && !info.proper) || sentence_start;
        if !cased_ok || (t.lower.len() > 6 && !self.ocr_output) || self.own_vocabulary(&t.lower) {
            return None;
        }
        let mut around = self.around(text, tokens, i, i);
        // A comma before the word witnesses against it when prose seldom opens a clause with
        // it ("to live, ad to prosper"; not "his dung, he burnt"), or is rare anywhere and
        // written once ("its people, aswell as"; not "Rase it, rase it"), or when it is an article
        // that does not fit the next word ("fidelity, an consequently"; not "very proudly, an
        // exporter", nor "Also, an IS NULL test", where the next word is an acronym).
        // (How much likelier a word is after a comma than anywhere, ln.)
        let comma_lift = |w: &str| self.lex.logp_after_comma(w) - self.lex.logp(w);
        let opens_clauses = |w: &str| comma_lift(w) > 0.0;
        let misfit_article = || {
            tokens.get(i + 1).is_some_and(|n| {
                around.next.is_some()
                    && n.text.chars().all(|c| !c.is_uppercase())
                    && self.lex.article_disagrees(&t.lower, &n.lower)
            })
        };
        around.after_comma = around.prev.is_none()
            && !t.capitalized()
            && self.after_comma(text, tokens, i)
            && (comma_lift(&t.lower) <= -COMMA_SHUNS || misfit_article() || (info.freq <= CURRENT_WORD_FREQ && once));
        // A short word that opens a sentence is judged by how often words open sentences:
        // "Ou message" is a lost "Our", which opens sentences far more often than "ou".
        around.after_stop = sentence_start && around.prev.is_none();
        let (prev, next) = (around.prev, around.next);
        let attested = |a: Option<&str>, b: Option<&str>| match (a, b) {
            (Some(a), Some(b)) => self.attested(a, b),
            _ => false,
        };
        // A comma before a word knows the words that open clauses ("live, and prosper").
        let comma_knows = |w: &str| around.after_comma && opens_clauses(w);
        let known_before = |w: &str| attested(prev, Some(w)) || comma_knows(w);
        // Judged by both neighbours only: one side alone is too weak a witness, except in
        // OCR output, where damage is common enough that one side may decide.
        // (In edited text a neighbour no word list holds witnesses nothing: an identifier or a
        // name, "a TypedArray or DataView", "msbuild or msvc", is no context for a slip. A
        // number is: "in 1899 touse as".)
        let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
        let witness = |w: Option<&str>| w.is_some_and(|w| self.ocr_output || self.lex.contains(w) || number(w));
        let witnesses = usize::from(witness(prev) || sentence_start || around.after_comma) + usize::from(witness(next));
        // A short word far rarer than any function word ("oe", "yu", "te") beside a comma or
        // a full stop ("Hanani, oe of my brothers") is judged by its one neighbour: it is
        // seldom meant, and a lost letter of a common word that neighbour knows is likelier.
        // (Not a piece of a compound: "fleur-de-lis".)
        let in_compound = t.hyphenated(text);
        let rare_short = t.lower.len() <= 3 && info.freq <= RARE_SHORT_WORD_FREQ && !sentence_start && !in_compound;
        // So is a short word its one neighbour shuns ("high, an they kept"): a common word
        // whose pair with the neighbour is far rarer than chance.
        // (Only a neighbour in lowercase and whole: "an ITS hacker", "no in-depth study" are
        // an acronym and a compound's head, and "an a ms deal" a word's piece. Not in old
        // English either: "an he goat".)
        let shunned = |a: Option<&str>, b: Option<&str>| a.zip(b).is_some_and(|(a, b)| self.lex.shuns(a, b));
        let plain = |j: usize| {
            let n = &tokens[j];
            n.text.len() >= 2 && n.text.chars().all(|c| !c.is_uppercase()) && !n.hyphenated(text)
        };
        let shunned_here = t.lower.len() <= 3
            && !sentence_start
            && !in_compound
            && !self.archaic_register()
            && ((shunned(prev, Some(&t.lower)) && plain(i - 1)) || (shunned(Some(&t.lower), next) && plain(i + 1)));
        let rare_short = rare_short || shunned_here;
        if witnesses < if self.ocr_output || rare_short { 1 } else { 2 } {
            return None;
        }
        // Only a word that fits its neighbours badly is suspect (this also keeps the check cheap).
        let keep = self.context_logp(&around, &[&t.lower]);
        let (suspect, margin) = if self.ocr_output {
            (OCR_REAL_WORD_SUSPECT, OCR_REAL_WORD_MARGIN)
        } else {
            (REAL_WORD_SUSPECT, REAL_WORD_MARGIN)
        };
        // At a sentence start the keep score holds no bigram before the word, so it is not
        // comparable with the threshold; the strict candidate filter below stands in for it.
        // (Nor where the word's one neighbour shuns it: that pair alone is the suspicion.)
        // A short word is common enough that its pairs with most neighbours are on record, so
        // it seldom fits badly even where it is wrong ("it ill be"): in edited text it
        // stays suspect while it fits only passably, and then needs a wider margin. (Not
        // beside a compound: in "no in-depth study" the pair "no in" witnesses nothing.)
        let beside_compound = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .any(|j| tokens.get(j).is_some_and(|n| n.hyphenated(text)));
        let passable = keep > suspect && !sentence_start && !shunned_here;
        let short_suspect =
            t.lower.len() <= 3 && !self.ocr_output && !beside_compound && keep <= suspect + SHORT_SUSPECT_EASING;
        if passable && !short_suspect {
            return None;
        }
        // In OCR output, a neighbour that is no word ("tho vnluo of") witnesses nothing either
        // way: with one such, the function word's far greater frequency decides.
        let listed = |w: Option<&str>| w.is_some_and(|w| self.lex.contains(w));
        let garbled_around = self.ocr_output && (!listed(prev) || !listed(next));
        // Glyph confusions: only a rare word standing for a far more common function word.
        // A lone letter in OCR output is a word's remains however common it is as a symbol.
        let stray_letter = self.stray_letter(t);
        let ratio = if stray_letter { 1 } else { REAL_WORD_RATIO };
        let rare_enough = info.freq.saturating_mul(REAL_WORD_RATIO) <= self.max_function_freq || stray_letter;
        // (At a sentence start only lost letters: "Lo" is no glyph-damaged "To".)
        // In edited text only the cheapest confusions stand for a real word: a letter of like
        // shape ("hut" for "but") is the mark of a scan, not of typing or a font.
        let budget = if self.ocr_output { GLYPH_BUDGET } else { EDITED_REAL_GLYPH_BUDGET };
        // (A lone neighbour vouches only for a lost letter: "(tho it is" is an old spelling.)
        let lone_witness = witnesses < 2 && !self.ocr_output;
        // (A short word that fits passably is judged only as a function word's remains: a
        // common word's every lost letter would cost the check dear, to little purpose.)
        let mut candidates: Vec<Candidate> = if rare_enough && !sentence_start && !lone_witness && !passable {
            self.glyph_candidates(t, budget)
                .into_iter()
                .filter(|c| {
                    let w = &c.words[0];
                    self.lex.freq(w) >= info.freq.saturating_mul(ratio)
                        && is_function_word(w.as_str())
                        && (known_before(w) || attested(Some(w), next) || garbled_around)
                })
                .collect()
        } else {
            Vec::new()
        };
        // In OCR output any word may be a misreading of a more common one ("hero" for "here",
        // "largo" for "large"): cheap confusions into a far more common word a neighbour knows.
        if self.ocr_output && !sentence_start {
            // Neither neighbour has been seen beside the word as written ("decorations wore
            // emblematic"): a far more common reading needs no neighbour's word for it either.
            let unwitnessed =
                listed(prev) && listed(next) && !attested(prev, Some(&t.lower)) && !attested(Some(&t.lower), next);
            candidates.extend(self.glyph_candidates(t, OCR_REAL_GLYPH_BUDGET).into_iter().filter(|c| {
                let w = &c.words[0];
                let (before, after) = (attested(prev, Some(w)), attested(Some(w), next));
                // A word no more common than the one written needs both neighbours' word
                // for it ("the Now York").
                let far_more_common = self.lex.freq(w) >= info.freq.saturating_mul(OCR_REAL_RATIO);
                (far_more_common && (before || after || unwitnessed))
                    || (self.lex.freq(w) >= info.freq && before && after)
            }));
        }
        // In OCR output a short word that fits badly may be a function word with one letter
        // misread whatever its shape ("sustained oy the", "a statue nf him"): worn type is
        // confused beyond any table. Both neighbours must know the function word, and the
        // arbitrary letter's cost leaves only a far better fit.
        if self.ocr_output && rare_enough && !sentence_start && !passable && t.lower.len() <= 3 {
            candidates.extend(
                function_words_one_letter_apart(&t.lower)
                    .into_iter()
                    .filter(|c| known_before(&c.words[0]) && attested(Some(&c.words[0]), next)),
            );
        }
        // A lost letter ("he" for "the", "or" for "our", "tose" for "those"): a more common
        // word that both neighbours know. Longer words qualify only when rare, and only for a
        // far more common word.
        // (Or, for a word rarer than one in a million, a thousand times more common: the lists
        // hold the web's slips of common words, "wich", "abut", "roup". An obscure word,
        // however common on the web, is judged so too.)
        let rare = info.freq <= RARE_WORD_FREQ;
        let uncommon = info.freq <= CURRENT_WORD_FREQ || info.obscure;
        let modest = !uncommon && t.lower.len() > 3 && info.freq <= MODEST_WORD_FREQ && !self.ocr_output;
        if t.lower.len() <= 3 || uncommon || modest {
            let lost_letter =
                if passable { function_words_one_letter_longer(&t.lower) } else { insertions(&t.lower, self, false) };
            candidates.extend(lost_letter.into_iter().filter(|c| {
                let w = &c.words[0];
                let ratio = if rare || modest {
                    REAL_WORD_RATIO
                } else if info.obscure {
                    OBSCURE_SLIP_RATIO
                } else {
                    LISTED_SLIP_RATIO
                };
                if t.lower.len() > 3
                    && (self.lex.freq(w) < info.freq.saturating_mul(ratio)
                        || self.context_logp(&around, &[w]) <= suspect)
                {
                    return false; // not far more common, or fits no better than the word did
                }
                let (before, after) = (known_before(w), attested(Some(w), next));
                let function_word = is_function_word(w.as_str());
                // Both neighbours know the reading, and it fits them far better.
                let fits_far_better =
                    before && after && self.context_logp(&around, &[w]) - keep >= RARER_WORD_FIT * margin;
                if modest {
                    return fits_far_better && !self.archaic_register();
                }
                // One neighbour is witness enough for a function word, or for a pair the
                // run's other files use ("war in" for "ar in").
                let run_pair = |a: Option<&str>, b: Option<&str>| {
                    a.zip(b).is_some_and(|(a, b)| self.run_usage(&[a, b]).files >= RUN_MIN_FILES)
                };
                let run_usage = run_pair(prev, Some(w)) || run_pair(Some(w), next);
                if sentence_start {
                    // Only the start of the sentence and the next word witness: only a far
                    // more common function word the next word knows will do.
                    let far_more_common = self.lex.freq(w) >= info.freq.saturating_mul(REAL_WORD_RATIO);
                    return function_word && far_more_common && after;
                }
                // (In edited text a listed word of some currency, "roe" or "hin", is the
                // author's unless it lost a letter of a function word, or of a far more
                // common word that both neighbours know and that fits far better: the
                // bigram table is too thin to show how the rarer nouns fit.)
                let current = !uncommon && !self.ocr_output;
                let far_more_common_fits = fits_far_better
                    && self.lex.freq(w) >= info.freq.saturating_mul(SHORT_FAR_BETTER_RATIO)
                    && !self.archaic_register();
                if current && !function_word && !run_usage && !far_more_common_fits {
                    return false;
                }
                // (A rare short word's one neighbour must not know the word as written.)
                let unknown_after = |p: Option<&str>| !known_before(&t.lower) || shunned(p, Some(&t.lower));
                let unknown_before = |n: Option<&str>| !attested(Some(&t.lower), n) || shunned(Some(&t.lower), n);
                let lone_witness =
                    lone_witness && function_word && (before && unknown_after(prev) || after && unknown_before(next));
                // (A rarer function word only where it fits far better: "he as also" → "was".)
                // (A word the lists hold but nobody writes, "dded", may be judged by one
                // neighbour, like a web spelling, when a word a thousand times more common
                // fits there.)
                let unwritten = rare && self.lex.freq(w) >= info.freq.saturating_mul(LISTED_SLIP_RATIO);
                // (So may an obscure word, "bok" or "goos", that neither neighbour, both listed
                // words, has been seen beside, where a word a hundred times more common fits:
                // "the new bok sold"; not "bok choy".)
                let unwritten = unwritten
                    || (info.obscure
                        && listed(prev)
                        && listed(next)
                        && self.lex.freq(w) >= info.freq.saturating_mul(OBSCURE_ONE_WITNESS_RATIO)
                        && !attested(prev, Some(&t.lower))
                        && !attested(Some(&t.lower), next));
                (self.lex.freq(w) >= info.freq || (function_word && fits_far_better))
                    && ((before && after)
                        || lone_witness
                        || ((function_word || run_usage || unwritten) && (before || after)))
            }));
        }
        // The lists hold rare run-together forms ("tobe", "touse"): a function word run into
        // another word, as a pair a thousand times more common than the form ("to be"; not
        // "be held" for "beheld"), lost the space between them.
        // (So may a name in lowercase or an obscure word be a function word run into the
        // article "a", a hundred times more common: "decreased asa result", "done fora
        // generation", "ina filing cabinet".)
        // (`info` has the name's flag cleared for a name written in lowercase; the token's has it.)
        let name_in_lowercase = !t.capitalized() && t.info.is_some_and(|i| i.proper);
        let odd_form = name_in_lowercase || info.obscure;
        if (info.freq <= CURRENT_WORD_FREQ || odd_form) && !sentence_start && !passable {
            candidates.extend(splits(&t.lower, self, false, &around).into_iter().filter(|c| {
                let (a, b) = (c.words[0].as_str(), c.words[1].as_str());
                let (piece, ratio) = match b {
                    "a" if odd_form => (true, OBSCURE_ONE_WITNESS_RATIO),
                    _ => (b.len() >= 2 && info.freq <= CURRENT_WORD_FREQ, LISTED_SLIP_RATIO),
                };
                let pair_far_more_common = self.lex.bigram(a, b) >= info.freq.saturating_mul(ratio);
                is_function_word(a) && a.len() >= 2 && piece && pair_far_more_common
            }));
        }
        // Words of one closed class stand in the same places ("upgrade our schools", "upgrade
        // your browser"): which one a text uses is its voice, which the model's bigrams only
        // guess at from the web's, not a sign of damage.
        candidates.retain(|c| !interchangeable(&t.lower, &c.words[0]));
        let scored = self.rank(candidates, &around);
        let best = scored.first()?;
        // The old second person ("thy pleasure", "hath") is a register, not a slip, in a
        // quotation of old verse as in a whole old text: only a reading both neighbours know
        // ("thy went home" → "they") replaces it. (Not in OCR output.)
        let archaic = !self.ocr_output && ARCHAIC_MARKERS.contains(&t.lower.as_str());
        let reading = best.text();
        if archaic && !(attested(prev, Some(&reading)) && attested(Some(&reading), next)) {
            return None;
        }
        // A lone letter other than "a" is hardly ever right as printed: half the margin.
        let margin = if stray_letter { margin / 2.0 } else { margin };
        let margin = if passable { margin + PASSABLE_SHORT_WORD_MARGIN } else { margin };
        if best.score - keep < margin {
            return None;
        }
        let runner_up = scored.get(1).map_or(f64::NEG_INFINITY, |c| c.score);
        let clear = best.score - runner_up >= FIX_MARGIN;
        Some(Correction {
            kind: Kind::RealWord,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(&best.text(), t.text),
            fix: clear.then_some(Safety::Unsafe),
            alternatives: scored.iter().skip(1).take(3).map(Candidate::text).collect(),
        })
    }

    /// A sentence that opens in lowercase after a full stop lost its first letter, the
    /// capital: "the 1880s. he French defeated" ("The"), "the Income Act. his Act would"
    /// ("This"), "such thoughts. ut of them" ("Out"). Edited prose opens every sentence with
    /// a capital, so the lowercase start is the evidence; the next word decides which letter
    /// was lost, and must fit the reading far better than the word as written. (Not after an
    /// abbreviation's full stop, "etc. and", "v. Indian", nor where a question or an
    /// exclamation ends a clause inside the sentence: "wroth? and why".)
    pub(super) fn lost_sentence_capital(&self, text: &str, tokens: &[Token], i: usize) -> Option<Correction> {
        let t = &tokens[i];
        // (Technical prose opens sentences with lowercase names: "oid is always 0".)
        if self.ocr_output || i == 0 || !t.text.starts_with(|c: char| c.is_ascii_lowercase()) || self.technical(text) {
            return None;
        }
        let before = &text[tokens[i - 1].end..t.start];
        // (After a space, a line break or a paragraph's end: a new paragraph opens with a
        // capital too. So it does after a quotation or a bracket that closes with the sentence:
        // "every American family.”⏎⏎he state of".)
        let after_stop = before.strip_prefix('.').map(|rest| rest.trim_start_matches(CLOSING_MARKS));
        let stop_before = after_stop.is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace));
        let full_word_before = tokens[i - 1].text.len() >= 3 && tokens[i - 1].text.chars().any(|c| c.is_lowercase());
        if !stop_before
            || !full_word_before
            || crate::rules::words::ABBREVIATIONS.contains(&tokens[i - 1].lower.as_str())
        {
            return None;
        }
        let next = self.next_word(text, tokens, i)?;
        let fit = |w: &str| self.lex.logp(w) + self.logp_after(Some(w), next);
        let written = if self.lex.contains(&t.lower) { fit(&t.lower) } else { UNKNOWN_LOGP };
        let mut readings: Vec<(String, f64)> = ('a'..='z')
            .map(|c| format!("{c}{}", t.lower))
            .filter(|w| self.common_lowercase_word(w))
            .filter(|w| self.lex.bigram(w, next) > 0)
            .map(|w| {
                let score = fit(&w);
                (w, score)
            })
            .collect();
        readings.sort_by(|a, b| b.1.total_cmp(&a.1));
        let (best, score) = readings.first()?;
        let runner_up = readings.get(1).map_or(f64::NEG_INFINITY, |r| r.1);
        if score - written < LOST_CAPITAL_FIT || score - runner_up < FIX_MARGIN {
            return None;
        }
        Some(Correction {
            kind: Kind::DroppedLetter,
            span: t.start..t.end,
            original: t.text.to_string(),
            replacement: apply_case(best, "A"),
            fix: Some(Safety::Unsafe),
            alternatives: readings.iter().skip(1).take(3).map(|r| apply_case(&r.0, "A")).collect(),
        })
    }

    /// A capitalised word inside a sentence that lost a letter of a more common word that a
    /// neighbour knows and that fits both far better, where they do not both know the word
    /// as written: "the United Stats recently", "the Cod War between", "and Sate and local
    /// governments". (A capitalised word is judged nowhere else as a real word: it may be a
    /// name's part. Not a name, nor an obscure word, as likely a name the lists lack, "the
    /// children of Rasses", nor a word the document writes again.)
    pub(super) fn capitalised_lost_letter(
        &self,
        text: &str,
        tokens: &[Token],
        i: usize,
        info: WordInfo,
    ) -> Option<Correction> {
        let t = &tokens[i];
        let title_case = t.capitalized() && t.text.chars().skip(1).all(|c| c.is_lowercase());
        if !title_case || info.proper || info.obscure || self.uses(&t.lower) > 1 || starts_sentence(text, t.start) {
            return None;
        }
        let around = self.around(text, tokens, i, i);
        let (prev, next) = (around.prev?, around.next?);
        let listed = |w: &str| self.lex.contains(w);
        if !listed(prev) || !listed(next) || (self.attested(prev, &t.lower) && self.attested(&t.lower, next)) {
            return None;
        }
        let keep = self.context_logp(&around, &[&t.lower]);
        let candidates = insertions(&t.lower, self, true).into_iter().filter(|c| {
            let w = &c.words[0];
            // (A function word is not capitalised inside a sentence: "met Tat Department
            // officials" is no "That".)
            !is_function_word(w.as_str())
                && self.lex.freq(w) >= info.freq.saturating_mul(CAPITAL_LOST_LETTER_RATIO)
                && (self.attested(prev, w) || self.attested(w, next))
        });
        let scored = self.rank(candidates.collect(), &around);
        let best = scored.first()?;
        if best.score - keep < CAPITAL_LOST_LETTER_FIT {
            return None;
        }
        Some(best_reading(t, &scored))
    }
}
