use super::*;

fn repairs(text: &str) -> Vec<(Kind, String, String)> {
    let data = RuleData::default();
    let doc = Document::new("t", text);
    judge_and_analyze(&doc, &data, None).1.into_iter().map(|c| (c.kind, c.original, c.replacement)).collect()
}

#[test]
fn capital_i_for_l() {
    assert_eq!(
        repairs("a fight against imperiaIism in a summit"),
        [(Kind::Glyph, "imperiaIism".into(), "imperialism".into())]
    );
    assert_eq!(repairs("possibilities for miIitary cooperation")[0].2, "military");
    let data = RuleData::default();
    let doc = Document::new("t", "a fight against imperiaIism in a summit");
    let fix = judge_and_analyze(&doc, &data, None).1.remove(0);
    assert_eq!(fix.fix, Some(Safety::Safe), "the capital I for l is the cheapest, safe repair");
}

#[test]
fn a_capitalised_word_with_a_capital_i_for_l_inside() {
    assert_eq!(
        fixes("It is a reproach to the NationaI Government that it waits."),
        [("NationaI".into(), "National".into())]
    );
    assert_eq!(fixes("The Gilbert IsIands were settled early."), [("IsIands".into(), "Islands".into())]);
    // A 5 for a capital S, a 0 or 5 inside a word set in capitals.
    assert_eq!(fixes("It lies between the French and 5panish borders."), [("5panish".into(), "Spanish".into())]);
    assert_eq!(fixes("TRANSPORTATION FOR GR0WTH"), [("GR0WTH".into(), "GROWTH".into())]);
    assert_eq!(fixes("Greece joined NAT0 in 1952."), [("NAT0".into(), "NATO".into())]);
    // A misread name's possessive is read through the name; a name the document writes is
    // its own in the possessive too.
    assert_eq!(fixes("The wall ran along Cliina's northern borders."), [("Cliina's".into(), "China's".into())]);
    assert_eq!(fixes("Niue is a coral island. Niue's remoteness shaped it."), []);
    // Codes and names styled with digits are left alone.
    assert_eq!(fixes("The B52 and the F15 flew over. See B1FF, a PR1ME user."), []);
    // Names and code with an inner capital read as no word: left alone.
    assert_eq!(fixes("Judge McIntyre wrote that IntoIterator and StopIteration differ."), []);
    assert_eq!(fixes("Lisp was once AI's mother tongue."), []);
}

/// The repairs of `text` as (written, read) pairs.
fn fixes(text: &str) -> Vec<(String, String)> {
    repairs(text).into_iter().map(|r| (r.1, r.2)).collect()
}

/// Repairs with the given texts as the other files of the run.
fn repairs_in_run(text: &str, others: &[&str]) -> Vec<(Kind, String, String)> {
    let mut data = RuleData::default();
    let stats = others.iter().chain([&text]).map(|t| CorpusStats::from_lines(t));
    data.corpus = stats.reduce(CorpusStats::merge).unwrap();
    let doc = Document::new("t", text);
    judge_and_analyze(&doc, &data, None).1.into_iter().map(|c| (c.kind, c.original, c.replacement)).collect()
}

#[test]
fn the_runs_own_usage_vouches_for_a_repair() {
    // Alone, "ar" after a possessive could be "war", "far", "or" or "are": too close.
    let text = "It provides munitions for Russia’s ar in Ukraine.";
    let alone = repairs(text);
    assert!(alone.iter().all(|r| r.2 != "war"), "no evidence for war alone: {alone:?}");
    let others = [
        "The war in Ukraine has cost many lives.",
        "Since the war in Ukraine began, prices rose.",
        // A name is no usage of its lowercase words: "Russia's Far" does not vouch for "far".
        "Russia's Far East borders China. Russia's Far East is cold.",
        "Europe debated the war in Ukraine again; Russia's Far East did not.",
    ];
    assert_eq!(repairs_in_run(text, &others), [(Kind::RealWord, "ar".into(), "war".into())]);
}

#[test]
fn an_unlisted_word_the_runs_files_share_is_their_vocabulary() {
    let text = "Create the environment with the venv module first.";
    assert_eq!(fixes(text), [("venv".into(), "vent".into())], "alone, an unlisted word is suspect");
    let others = [
        "The venv module creates lightweight virtual environments.",
        "Activate it after running venv in the project folder.",
        "Each venv has its own interpreter and packages.",
    ];
    assert_eq!(repairs_in_run(text, &others), [], "three other files write it");
    assert!(!repairs_in_run(text, &others[..1]).is_empty(), "one other file is not enough");
    // Damage recurs from file to file as well, in the forms it gives common words: a cheap
    // misreading, or a function word run into a word.
    let damaged = "He said tliat the plan would work, and he went tothe market.";
    let others = [
        "We know tliat prices rose when we drove tothe city.",
        "It is clear tliat the law stands; we go tothe polls.",
        "I think tliat we agree; she walked tothe door.",
    ];
    let found = repairs_in_run(damaged, &others);
    assert!(found.iter().any(|r| r.1 == "tliat" && r.2 == "that"), "{found:?}");
    assert!(found.iter().any(|r| r.1 == "tothe" && r.2 == "to the"), "{found:?}");
    // So do the slips writers make of common words.
    let slip = "Errors occuring within a literal must be escaped.";
    let others = [
        "Events occuring after the deadline are ignored.",
        "Any changes occuring during the run are logged.",
        "Faults occuring at start-up stop the service.",
    ];
    assert_eq!(repairs_in_run(slip, &others), [(Kind::DroppedLetter, "occuring".into(), "occurring".into())]);
}

#[test]
fn the_possessive_of_a_known_word_is_no_misspelling() {
    // The lists hold the possessives of common nouns only.
    assert_eq!(fixes("This affects anyone else's reading of the data."), []);
    assert_eq!(fixes("The value is marked as null in the tuple's null bitmap."), []);
    assert_eq!(fixes("The appellee’s brief was filed late."), []);
    // A damaged stem is still read.
    assert_eq!(fixes("It was the goverment's plan."), [("goverment's".into(), "government's".into())]);
}

#[test]
fn an_obscure_word_no_neighbour_knows_is_judged_by_one_neighbour() {
    // "bok" is listed among the strange words; "new book" vouches for "book", and nobody
    // writes "new bok" or "bok sold".
    let found = repairs("She said the new bok sold well in the first year, and the second printing sold out.");
    assert_eq!(found, [(Kind::RealWord, "bok".into(), "book".into())]);
    // Not beside a word the lexicon does not list, whose pairs it cannot know.
    assert!(repairs("For dinner they cooked the bok choy with garlic and served it over rice.").is_empty());
}

#[test]
fn a_piece_of_a_compound_that_is_no_word_is_read_with_the_compounds_other_word() {
    let found = repairs("The two parties refrained from large-scal conflict through the end of the year.");
    assert_eq!(found, [(Kind::DroppedLetter, "scal".into(), "scale".into())]);
    // A command-line option is no compound of words.
    assert!(repairs("Build it with the configure option --enable-cassert and run the tests.").is_empty());
}

#[test]
fn two_letters_one_of_the_commonest_pairs_knows_lost_a_letter() {
    // "its own" and "a new" are among the web's commonest pairs; the table holds no pair of
    // "own" or "new" with the next word, nor of "wn" or "ew" with either.
    let found = repairs("The union is drafting its wn charter on rights, and three countries have signed.");
    assert_eq!(found, [(Kind::DroppedLetter, "wn".into(), "own".into())]);
    // An abbreviation stays: "ft" is no "oft" or "fit" after "a".
    assert!(repairs("The wall rose a ft higher than the old one.").is_empty());
}

#[test]
fn a_long_unknown_word_that_only_opens_a_sentence_may_have_lost_a_letter_of_a_rarer_word() {
    let text = "Storms and fires destroyed much of the old town. Earthqukes and thieves did the rest.";
    assert_eq!(repairs(text), [(Kind::DroppedLetter, "Earthqukes".into(), "Earthquakes".into())]);
    // Inside a sentence it may be a name.
    assert!(repairs("Storms and fires destroyed much of the old town of Earthqukes in the north.").is_empty());
}

#[test]
fn a_word_written_once_beside_a_neighbour_the_document_pairs_with_another_lost_a_letter() {
    let text = "Sierra Leone is in West Africa. Sierra Leone became independent in 1961. \
                The rebels entered Serra Leone from Liberia in 1991.";
    assert_eq!(repairs(text), [(Kind::DroppedLetter, "Serra".into(), "Sierra".into())]);
    // Not a word the web writes about as often: another form of it.
    let text = "The customized Python build is small. A customized Python runs faster. \
                It may allow us to customize Python further.";
    assert_eq!(repairs(text), []);
    // A double letter written single: a slip of a word that is none ...
    let text = "Arroyo succeeded him in 2001. Arroyo succeeded him as leader. Then Arroyo succeded him.";
    assert_eq!(repairs(text), [(Kind::DroppedLetter, "succeded".into(), "succeeded".into())]);
    // ... but a spelling of its own in a listed word.
    let text = "It was willful blindness. Such willful blindness is rare. A court finds wilful blindness.";
    assert_eq!(repairs(text), []);
}

#[test]
fn lost_one_letter_and_undoubled() {
    assert!(lost_one_letter("sierra", "serra") && lost_one_letter("leone", "leon") && lost_one_letter("abc", "bc"));
    assert!(!lost_one_letter("sierra", "sierra") && !lost_one_letter("sierra", "sxrra") && !lost_one_letter("ab", "x"));
    // Whole characters only, and no panic inside one.
    assert!(lost_one_letter("cafés", "café") && lost_one_letter("xéb", "éb") && !lost_one_letter("abcd", "éb"));
    assert_eq!(undoubled("willful"), "wilful");
    assert_eq!(undoubled("succeeded"), "suceded");
}

#[test]
fn a_name_that_lost_its_capital_gets_it_back() {
    let found = repairs("The planters imported large numbers of frican slaves to the island.");
    assert_eq!(found, [(Kind::DroppedLetter, "frican".into(), "African".into())]);
}

#[test]
fn a_capitalised_word_inside_a_sentence_may_have_lost_a_letter() {
    let found = repairs("With 91 other nations, the United Stats recently concluded an agreement.");
    assert_eq!(found, [(Kind::DroppedLetter, "Stats".into(), "States".into())]);
    // Not an obscure word, as likely a name.
    assert_eq!(repairs("He plundered all the children of Rasses and the children of Ishmael."), []);
}

#[test]
fn a_name_in_lowercase_or_an_obscure_word_may_be_a_function_word_run_into_the_article() {
    assert_eq!(fixes("Some costs must be decreased asa result of any changes."), [("asa".into(), "as a".into())]);
    assert_eq!(fixes("Americans had done fora generation before that."), [("fora".into(), "for a".into())]);
    assert_eq!(
        fixes("It is more just for all of its people, aswell as to insure liberty."),
        [("aswell".into(), "as well".into())]
    );
    // Where the word fits, it stands.
    assert_eq!(fixes("Such disputes are settled in other fora, such as the courts."), []);
}

#[test]
fn a_comma_witnesses_against_a_word_that_seldom_opens_a_clause() {
    assert_eq!(
        fixes("They fought revolutions, riots, ad factional disturbances of every kind."),
        [("ad".to_string(), "and".to_string())]
    );
    assert_eq!(
        fixes("We asked for greater fidelity, an consequently greater economy."),
        [("an".to_string(), "and".to_string())]
    );
    // "he" opens clauses after commas; an article that fits its next word is no slip, nor is
    // one before an acronym.
    for text in [
        "He took his hide, his flesh, and his dung, he burnt with fire.",
        "We are now, very proudly, an exporter of energy.",
        "Also, an IS NULL condition on an index column can be used.",
    ] {
        assert_eq!(fixes(text), [], "{text}");
    }
}

#[test]
fn a_short_word_its_one_neighbour_shuns_is_judged_by_that_neighbour() {
    let found = repairs("They built the walls high, an they kept the gates shut all winter.");
    assert_eq!(found, [(Kind::RealWord, "an".into(), "and".into())]);
    // Not beside an acronym or a compound's head.
    assert!(repairs("To have been an ITS hacker was a mark of honour then.").is_empty());
    assert!(repairs("The agency did no in-depth study of the costs that year.").is_empty());
}

#[test]
fn the_same_slip_in_other_files_of_a_run_is_no_usage() {
    let text = "Wages rose in every part of he nation, and the report said so.";
    let others = [
        "The rest of he state voted early that year.",
        "Most of he money went to the schools of the town.",
        "The farmers brought their grain to the market.",
        "The river rose in the spring and fell in the autumn.",
    ];
    assert_eq!(repairs_in_run(text, &others), [(Kind::RealWord, "he".into(), "the".into())]);
}

/// Newspaper OCR: enough misread words ("tho", "aro", "iu") that the text reads as OCR output.
const OCR_TEXT: &str = "Tho committee aro iu favor of tbe bill, wero thoy said; and tho house \
    passed In tho session n bill to pay tho members.";

#[test]
fn ocr_output_has_its_own_damage() {
    let found = repairs(OCR_TEXT);
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("In", "in"), "a capital I inside a sentence: {found:?}");
    assert!(has("n", "a"), "a lone letter is a word's remains: {found:?}");
    assert!(has("tho", "the") && has("aro", "are"), "{found:?}");
    // Capitals of like shape, and the long s read as a capital inside a sentence.
    let capitals = repairs(&format!("{OCR_TEXT} Hut the Sonator said tho Sonator had a Ftate of mind."));
    let has = |from: &str, to: &str| capitals.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("Sonator", "Senator") && has("Ftate", "state"), "{capitals:?}");
    // The same capital and letter in edited prose are left alone.
    let edited = repairs("The house passed In Memoriam, and part n of the plan.");
    assert!(edited.is_empty(), "{edited:?}");
}

#[test]
fn ocr_a_capital_i_word_after_a_comma_or_before_a_sentences_end_is_lowercase() {
    let text = format!(
        "{OCR_TEXT} Yesterday, In tho senate, they gave what they had to a cause that cared not \
        for It. They came to live In California in 1874. The pumps at the Iron King mine were \
        paid for by the company at Its Office."
    );
    let found = repairs(&text);
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("In", "in") && has("It", "it"), "{found:?}");
    assert_eq!(found.iter().filter(|r| r.1 == "In").count(), 3, "{found:?}");
    // Names and title case stay: "the Iron King", "at Its Office".
    assert!(!has("Iron", "iron") && !has("Its", "its"), "{found:?}");
}

#[test]
fn ocr_a_misreading_of_a_function_word_is_no_reading() {
    // "tho" is listed ("though"), but in print it is "the" misread: never a repair, nor a
    // runner-up.
    let text = format!("{OCR_TEXT} Thoro was no doubt that tlio council wero dividod on tlio question.");
    let doc = Document::new("t", &text);
    let found = judge_and_analyze(&doc, &RuleData::default(), None).1;
    let tlio: Vec<&Correction> = found.iter().filter(|c| c.original == "tlio").collect();
    assert_eq!(tlio.len(), 2, "{found:?}");
    for c in tlio {
        assert_eq!(c.replacement, "the");
        assert!(!c.alternatives.contains(&"tho".to_string()), "{c:?}");
    }
}

#[test]
fn in_ocr_output_web_spellings_real_words_and_capitals_are_misreadings_too() {
    let found =
        repairs(&format!("{OCR_TEXT} They came fron the city and tho Emporor sat in the largo hall of tho palace."));
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    // "fron" is a web spelling, but no glyph confusion: in OCR output any edit may explain it.
    assert!(has("fron", "from"), "{found:?}");
    // A real word that is a cheap confusion of a far more common word its neighbours know.
    assert!(has("largo", "large"), "{found:?}");
    // A capitalised word two confusions from a listed word.
    assert!(has("Emporor", "Emperor"), "{found:?}");
    // "Is" after a capitalised word, "Iu" for "In", and a real word both neighbours reject.
    let more =
        repairs(&format!("{OCR_TEXT} It Is to be sold. Iu the New York papers, the Now York men mid women said so."));
    let has = |from: &str, to: &str| more.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("Is", "is") && has("Iu", "In") && has("Now", "New") && has("mid", "and"), "{more:?}");
    // A headline set in capitals loses the strokes that tell E from K and H from II; an
    // acronym in running text stays.
    let headline = repairs(&format!("TIIK XOTKS OF THE WEEK\n{OCR_TEXT} The NATO men met."));
    let has = |from: &str, to: &str| headline.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("TIIK", "THE") && has("XOTKS", "NOTES"), "{headline:?}");
    assert!(headline.iter().all(|r| r.1 != "NATO"), "{headline:?}");
    // A capital inside a lowercase word is a misreading there, not camelCase.
    let caps = repairs(&format!("{OCR_TEXT} I thinU the man has a boJy of iron."));
    assert!(caps.iter().any(|r| r.1 == "thinU" && r.2 == "think"), "{caps:?}");
    assert!(repairs("Call thinU and boJy from the API.").is_empty());
    // In edited prose all three stand.
    let edited = repairs("They came fron the city and the Emporor sat in the largo hall.");
    assert!(edited.iter().all(|r| r.1 != "largo" && r.1 != "Emporor"), "{edited:?}");
}

#[test]
fn ocr_digits_inside_words_and_lost_apostrophes_are_misreadings() {
    let found = repairs(&format!(
        "{OCR_TEXT} We dont think they will nev4r come back before 8 oclock, and the Cubas \
        cigars were sold."
    ));
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    // A digit inside a word stands for a letter whatever its shape.
    assert!(has("nev4r", "never"), "{found:?}");
    // Contractions whose apostrophe OCR did not see, though the web writes them so.
    assert!(has("dont", "don't") && has("oclock", "o'clock"), "{found:?}");
    // A possessive may as well be a plural: no apostrophe is put in.
    assert!(found.iter().all(|r| r.2 != "Cuba's"), "{found:?}");
    // Edited text keeps a web spelling and a word with a digit (a product name).
    let edited = repairs("We dont think the nev4r release will ship before the next one does.");
    assert!(edited.iter().all(|r| r.1 != "dont" && r.1 != "nev4r"), "{edited:?}");
}

#[test]
fn ocr_a_speck_inside_a_word_is_read_with_the_word() {
    let found = repairs(&format!(
        "{OCR_TEXT} The boat came up fr.m the south and its crew were we.l paid, but the mate \
        took.it ill. He sailed at 9 a.m. and spoke of the ships, i.e. the fleet."
    ));
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    // A mark a speck left where a letter stood, or between two letters.
    assert!(has("fr.m", "from") && has("we.l", "well"), "{found:?}");
    // Two words whose space was lost, and abbreviations, are no word cut by a speck.
    assert!(found.iter().all(|r| !r.1.contains(['.', ',']) || r.1 == "fr.m" || r.1 == "we.l"), "{found:?}");
    // Hosts, files and code name things with a full stop inside.
    let named = repairs(&format!(
        "{OCR_TEXT} Mail came from cougar.noc.ucla.edu at noon; the idle.ico file and sys.modules['x'] stay."
    ));
    assert!(named.iter().all(|r| !r.1.contains('.')), "{named:?}");
    // Edited text writes marks inside words on purpose: the pieces are read as words.
    let edited = repairs("The boat came up fr.m the south.");
    assert!(edited.iter().all(|r| r.1 != "fr.m"), "{edited:?}");
}

#[test]
fn ocr_a_short_word_that_fits_badly_may_be_a_function_word_with_any_letter_misread() {
    let found = repairs(&format!("{OCR_TEXT} The motion was sustained oy the chair, and a statue nf him stands."));
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("oy", "by") && has("nf", "of"), "{found:?}");
    // Edited text: no letter of unlike shape is read as another.
    let edited = repairs("The motion was sustained oy the chair, and a statue nf him stands.");
    assert!(edited.iter().all(|r| r.1 != "oy" && r.1 != "nf"), "{edited:?}");
}

#[test]
fn ocr_a_real_word_neither_neighbour_has_seen_it_beside_is_read_as_a_far_more_common_one() {
    let found = repairs(&format!("{OCR_TEXT} Many of the decorations wore emblematic of the order."));
    assert!(found.iter().any(|r| r.1 == "wore" && r.2 == "were"), "{found:?}");
}

#[test]
fn ocr_old_print_misreads_a_small_s() {
    let found = fixes(&format!("{OCR_TEXT} The house hat asked to adjourn, and the Sheriff Jamee Jones nhort of men."));
    let has = |from: &str, to: &str| found.iter().any(|r| r.0 == from && r.1 == to);
    assert!(has("hat", "has") && has("Jamee", "James") && has("nhort", "short"), "{found:?}");
    // Not in edited prose, where no font prints an s as an e: "Jamee" is a name there.
    assert_eq!(fixes("The county sheriff, Jamee Jones, said so."), []);
}

#[test]
fn ocr_a_capital_that_may_open_a_sentence_is_kept_where_the_full_stops_were_lost() {
    // No full stop anywhere: OCR lost them, and "It" after "pine" opens a sentence.
    let text = "tho greater part of tbe wheel wero of oak and tbe other part of pine It is \
        estimated that tho wheels aro at least fifteen hundred years old and that \
        thoy were made by tho Romans who worked tho mines iu that country for many \
        years and it was said that It was tho largest wheel in tho world at that time \
        and tho men who found it said that it was tho best piece of work thoy had \
        seen in all their lives and that no man of our day could make one like it \
        for tho wood was hard and tho work was fine and tho iron was good";
    let found = repairs(text);
    let lowered: Vec<&str> = found.iter().filter(|r| r.1 == "It").map(|r| r.2.as_str()).collect();
    // "said that It was": "that" calls for "it"; "pine It" is a sentence's start.
    assert_eq!(lowered, ["it"], "{found:?}");
    assert!(found.iter().any(|r| r.1 == "tho"), "the text reads as OCR output: {found:?}");
}

#[test]
fn ocr_pieces_of_a_broken_misread_word_are_repaired_together() {
    // Hard-wrapped OCR: "recom-⏎mendation" lost its hyphen and two letters were misread.
    let text = "Tho committee aro iu favor of tbe bill,\nwero thoy said; and tho house passed\n\
        In tho session n bill to pay tho\nmembers. The board met on Monday and\n\
        heard the reoom\nmaendation of the committee on the\nroads and the bridges of the \
        county,\nwhich was read and laid over for a\nweek. The clerk then read the \
        minutes\nof the last meeting, which were then\napproved as read, and the board \
        went\non to the next business before it.\n";
    let found = repairs(text);
    assert!(found.iter().any(|r| r.1 == "reoom\nmaendation" && r.2 == "recommendation\n"), "{found:?}");
    // Two words at the edges of two lines stay two words when they read better so.
    assert!(found.iter().all(|r| !r.1.starts_with("and\n")), "{found:?}");
}

#[test]
fn ocr_a_repair_the_document_spells_elsewhere_is_the_likelier_one() {
    let sentence = "The appointment of this commiUco is strictly parliamentary.";
    let read = |text: &str| repairs(text).into_iter().find(|r| r.1 == "commiUco").map(|r| r.2);
    // The text speaks of a committee ("Tho committee aro iu favor"): that is the reading.
    assert_eq!(read(&format!("{OCR_TEXT} {sentence}")).as_deref(), Some("committee"));
    // Without it, the lexicon alone prefers a more common word.
    let other = "Tho house aro iu favor of tbe bill, wero thoy said; and tho house passed In \
        tho session n bill to pay tho members.";
    assert_ne!(read(&format!("{other} {sentence}")).as_deref(), Some("committee"));
}

#[test]
fn ocr_a_name_before_a_day_of_the_month_that_glyphs_make_a_month_is_the_month() {
    let found = repairs(&format!(
        "{OCR_TEXT} The ship sailed on Juno 18 with the mails, and Juno was \
        the name of the goddess, and Juno 45 is no day."
    ));
    let months: Vec<_> = found.iter().filter(|r| r.1 == "Juno").map(|r| r.2.as_str()).collect();
    assert_eq!(months, ["June"], "{found:?}");
    // Edited text keeps the name.
    assert!(repairs("The ship sailed on Juno 18 with the mails.").is_empty());
}

#[test]
fn a_repair_found_by_both_searches_is_offered_once() {
    // "absolutely" is a cheap repair and a common word: the cheap search and the search
    // of common words both find it, and it must not stand as its own runner-up, which
    // would leave the repair too close a call to apply.
    let text = "Tho committee aro iu favor of tbe bill,\nwero thoy said; and tho house passed\n\
        In tho session n bill to pay tho\nmembers. The board met on Monday and\n\
        was at once abso\nlutoly certain of the vote on the\nroads and the bridges of the \
        county,\nwhich was read and laid over for a\nweek. The clerk then read the \
        minutes\nof the last meeting, which were then\napproved as read, and the board \
        went\non to the next business before it.\n";
    let data = RuleData::default();
    let doc = Document::new("t", text);
    let (_, found) = judge_and_analyze(&doc, &data, None);
    let repair = found.iter().find(|c| c.original == "abso\nlutoly").unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(repair.replacement, "absolutely\n");
    assert!(!repair.alternatives.contains(&"absolutely".to_string()), "{:?}", repair.alternatives);
    assert!(repair.fix.is_some(), "{repair:?}");
}

#[test]
fn ocr_names_and_words_broken_at_a_misread_line_end_are_rejoined() {
    let text = "Tho committee aro iu favor of tbe bill,\nwero thoy said; and tho house passed\n\
        In tho session n bill to pay tho\nmembers. The board met with Mr. Wash\n\
        ington and the clerk of the Police Depart.\nment, upon the\nroads and the bridges of the \
        county,\nwhich was read and laid over for a\nweek. The clerk then read the \
        minutes\nof the last meeting, which were then\napproved as read, and the board \
        went\non to the next business before it. Last Wednes\nday the board met again.\n";
    let found = repairs(text);
    // A name's head that is no word, though its tail is a common word.
    assert!(found.iter().any(|r| r.1 == "Wednes\nday" && r.2 == "Wednesday\n"), "{found:?}");
    // A name's tail alone on the next line is no word.
    assert!(found.iter().any(|r| r.1 == "Wash\nington" && r.2 == "Washington\n"), "{found:?}");
    // A line-end hyphen read as a full stop.
    assert!(found.iter().any(|r| r.1 == "Depart.\nment," && r.2 == "Department,\n"), "{found:?}");
    // A full stop before a word is a full stop.
    assert!(found.iter().all(|r| !r.1.starts_with("read the")), "{found:?}");
}

#[test]
fn a_word_rejoined_across_a_line_end_keeps_the_line_break_after_it() {
    let rejoin = |text: &str, word_end: usize| keep_line_break(text, word_end, "authority".into(), "\n");
    let text = "by proper author\nity, and that he";
    let word_end = text.find(',').unwrap();
    // The line break follows the word and its closing punctuation; the next line keeps
    // its space, so nothing but the break moves.
    assert_eq!(rejoin(text, word_end), (word_end + 1, "authority,\n".to_string()));
    // A word that ends its line is joined where it stands; no blank line is made.
    let text = "by proper author\nity.\nAnd that he";
    let word_end = text.find('.').unwrap();
    assert_eq!(rejoin(text, word_end), (word_end, "authority".to_string()));
    // A word run into the next one ("ity,and") is joined where it stands.
    let text = "by proper author\nity,and that he";
    let word_end = text.find(',').unwrap();
    assert_eq!(rejoin(text, word_end), (word_end, "authority".to_string()));
}

#[test]
fn ocr_output_repeats_its_misreadings() {
    // A web spelling the text uses again is no author's spelling in OCR output: "thn"
    // twice is still "the", which takes an edit no glyph confusion explains.
    let found = repairs(&format!("{OCR_TEXT} The clerk read thn minutes of thn last meeting."));
    let thn: Vec<_> = found.iter().filter(|r| r.1 == "thn").collect();
    assert_eq!(thn.len(), 2, "{found:?}");
    assert!(thn.iter().all(|r| r.2 == "the"), "{found:?}");
}

#[test]
fn ocr_a_line_end_break_the_web_also_breaks_is_joined() {
    // The bigram table counts "al though", web text broken the same way: far rarer than
    // "although", it vouches for nothing.
    let text = "Tho committee aro iu favor of tbe bill,\nwero thoy said; and tho house passed\n\
        In tho session n bill to pay tho\nmembers. The board is making a road,\n\
        al\nthough the clerk said the work was\ndone and the men\n\
        were paid on Monday. The road runs\nto the river and the bridge will be\n\
        built next year. The men of the\ncounty are glad of it.\n";
    let found = repairs(text);
    assert!(found.iter().any(|r| r.1 == "al\nthough" && r.2 == "although\n"), "{found:?}");
}

#[test]
fn ocr_words_beside_repairs_are_judged_by_the_repairs() {
    // Between two misread words a word is first judged by its frequency alone; with its
    // neighbours repaired ("they live", "the river") the context decides.
    let found = repairs(&format!("{OCR_TEXT} Thoy livo neiir tho rivor. It wns decidiil thnt ho go."));
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("neiir", "near") && has("decidiil", "decided"), "{found:?}");
}

#[test]
fn ocr_long_capitalised_words_may_carry_more_confusions() {
    // Four confusions are too many for a short capitalised word, which may be a name, but
    // not for a long one; K for R and N is a capital of like shape.
    let found = repairs(&format!("{OCR_TEXT} The day of Indopendonoo was kept by the Katlonal Guard."));
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("Indopendonoo", "Independence") && has("Katlonal", "National"), "{found:?}");
    // A short name as far from a common word stays.
    let short = repairs(&format!("{OCR_TEXT} Mr. Oouoo said so."));
    assert!(short.iter().all(|r| r.1 != "Oouoo"), "{short:?}");
}

#[test]
fn ocr_long_words_are_searched_with_more_edits() {
    // OCR damages letters, so a long word carries more damage: three letters misread
    // beyond the glyph table take more edits than a short word's budget allows.
    let found = repairs(&format!("{OCR_TEXT} The admenistraioon of the house met."));
    assert!(found.iter().any(|r| r.1 == "admenistraioon" && r.2 == "administration"), "{found:?}");
}

#[test]
fn a_web_spelling_far_rarer_than_a_word_it_lost_a_letter_of_is_a_slip() {
    let found = repairs("Keep young people out of trouble, wih prevention strategies.");
    assert_eq!(found, [(Kind::DroppedLetter, "wih".into(), "with".into())]);
    // Not only of a function word, and with no margin over the spelling itself.
    let found = repairs("So that your enemies, desiring food, migh for the hideousness turn away.");
    assert_eq!(found, [(Kind::DroppedLetter, "migh".into(), "might".into())]);
    // "lik" is a thousand times rarer than "like".
    let found = repairs("The old man was fed with grass lik oxen, and his body was wet with the dew.");
    assert_eq!(found, [(Kind::DroppedLetter, "lik".into(), "like".into())]);
    // In lowercase, two hundred times rarer will do: no name is written so.
    let found = repairs("The board put the new budget at the top of its agena for the spring.");
    assert_eq!(found, [(Kind::DroppedLetter, "agena".into(), "agenda".into())]);
    // ... but a capital may open a name even after a full stop, which may end an initial.
    assert!(repairs("The rules were drafted by W. Mathes and others in the old days.").is_empty());
    // A foreign word is a common web spelling: it needs a neighbour's word for it.
    assert!(repairs("The era of Sturm und Drang began.").is_empty());
    // Not where an apostrophe marks the letter's loss.
    assert!(repairs("and, as they said, He is usin’ his fists, the witness said.").is_empty());
}

#[test]
fn a_word_written_once_may_have_lost_a_letter_of_one_the_document_keeps_using() {
    let text = "Zimbabwe held elections in May. Observers said the vote in Zimbabe was calm, \
                and Zimbabwe's neighbours agreed. Trade with Zimbabwe grew that year.";
    assert_eq!(repairs(text), [(Kind::DroppedLetter, "Zimbabe".into(), "Zimbabwe".into())]);
    // Not into a name the lexicon does not know: lists of names hold many a pair a letter
    // apart.
    let text = "Then came Kelmoth, and Kelmoth the son, and Kelmoth the brother, and Kemoth the elder.";
    assert!(repairs(text).is_empty());
    // Not where the word is seldom used in a long document: chance puts names a letter apart.
    let filler = "The farmers of the valley brought their grain to the market every week. ".repeat(200);
    let text = format!("{filler}Tarvoska was named twice, and Tarvoska once more, but Tarvosa too.");
    assert!(repairs(&text).is_empty());
}

#[test]
fn members_and_calls_of_code_in_prose_are_no_words() {
    assert!(repairs("To get the parts of a number, read z.real and z.imag in the shell.").is_empty());
    assert!(repairs("A command may be cut short, so h(elp) means either h or help.").is_empty());
    // Two sentences run together are no code.
    let found = repairs("He left at noon.Afer that the rain came down on the roofs of the town.");
    assert_eq!(found, [(Kind::DroppedLetter, "Afer".into(), "After".into())]);
}

#[test]
fn code_like_runs() {
    assert!(code_like("z.imag"));
    assert!(code_like("tab1.x"));
    assert!(code_like("h(elp)"));
    assert!(!code_like("persecuting.But"));
    assert!(!code_like("badg(slip"));
    assert!(!code_like("word,"));
}

#[test]
fn two_letters_that_make_no_word_may_be_a_common_word_that_lost_one() {
    let found = repairs("There is no man who cn tell him how it will be.");
    assert_eq!(found, [(Kind::DroppedLetter, "cn".into(), "can".into())]);
    // Abbreviations, units and particles of names stay.
    assert!(repairs("The cells were 2 cm wide, and the pH stayed at 7.").is_empty());
    assert!(repairs("The firm of de la Rue printed the notes of el presidente.").is_empty());
    assert!(repairs("See the table, cf. the notes below.").is_empty());
}

#[test]
fn a_rare_short_word_beside_a_comma_is_judged_by_its_one_neighbour() {
    let found = repairs("I was in Susa the palace, when Hanani, oe of my brothers, came.");
    assert_eq!(found, [(Kind::RealWord, "oe".into(), "one".into())]);
    // Rarer than one word in 5,000: "ad" beside a comma.
    let found = repairs("The shop sold bread, milk, ad fresh cheese to the village.");
    assert_eq!(found, [(Kind::RealWord, "ad".into(), "and".into())]);
    // ... but not where its neighbour makes a phrase of it.
    assert!(repairs("The committee was a temporary, ad hoc body of five.").is_empty());
    // A lost letter only: an old spelling is no glyph-damaged word ("(tho it is").
    assert!(repairs("It would be impossible to overstate (tho it is difficult) the effect.").is_empty());
    // Nor a piece of a compound.
    assert!(repairs("France's symbols are a royal fleur-de-lis and a royal flag.").is_empty());
}

#[test]
fn a_web_spelling_that_opens_a_sentence_is_no_name() {
    let found = repairs("“It is the king of Israel!” Therfore they turned around to fight.");
    assert_eq!(found, [(Kind::DroppedLetter, "Therfore".into(), "Therefore".into())]);
    // A name that opens a sentence is no glyph from a word.
    assert!(repairs("Read what they wrote about it.” Huon on the Internet.").is_empty());
    // It may be the slip of a common name, which the web writes far more often.
    let found = repairs("The flag should fly over them. Aerican citizenship should be conferred on them.");
    assert_eq!(found, [(Kind::DroppedLetter, "Aerican".into(), "American".into())]);
}

#[test]
fn an_unseen_pair_after_a_common_word_is_suspect() {
    // "into he" is missing from a table that keeps every pair that common words often make.
    let text = "a great organization, reaching into he most remote hamlet of the land";
    assert_eq!(repairs(text), [(Kind::RealWord, "he".into(), "the".into())]);
}

#[test]
fn a_rare_word_that_context_rejects_may_have_lost_a_letter() {
    let text = "It is uppermost on our minds and tose of the American people.";
    assert_eq!(repairs(text), [(Kind::RealWord, "tose".into(), "those".into())]);
    // Rare words of crafts and trades stay ("frit" is not "fruit").
    assert!(repairs("The glass was made from a frit of sand and ash.").is_empty());
    // The lists hold the web's slips of common words: one a thousand times rarer is one.
    assert_eq!(repairs("Last year a roup of American bankers undertook it.")[0].2, "group");
    assert_eq!(repairs("any plan the result of wich would be to break up the union")[0].2, "which");
    // One listed but hardly ever written may be judged by one neighbour, as a web
    // spelling is ("ones added" is no pair the table holds; "added to" is).
    let found = repairs("The first ones dded to the fleet came from the north.");
    assert_eq!(found, [(Kind::RealWord, "dded".into(), "added".into())]);
    // So are the obscure ones, five hundred times rarer ("ower" for "power")...
    let found = repairs("The town has a new ower station.");
    assert_eq!(found, [(Kind::RealWord, "ower".into(), "power".into())]);
    // ... but not everyday words, nor an obscure one of some currency ("cors", a measure,
    // is 144 times rarer than "corps").
    assert!(repairs("The band played a waltz and the crowd was elated by the news.").is_empty());
    assert!(repairs("They sold ten cors of barley at the market.").is_empty());
}

#[test]
fn a_lost_letter_may_make_a_rarer_function_word_where_it_fits_far_better() {
    // "was" and "has" are rarer than "as", but "he as also" fits neither neighbour.
    let found = repairs("My uncle was a farmer, but he as also a great builder of boats.");
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].1.as_str(), found[0].2.as_str()), ("as", "was"));
    // A rarer reading that fits only somewhat better is no reason to doubt the word: old
    // English puts the pronoun after its verb.
    assert!(repairs("And all his cattle brought he with him into the land.").is_empty());
}

#[test]
fn a_short_current_word_may_have_lost_a_letter_of_a_word_that_fits_far_better() {
    // "ge" is a word of some currency, but "get" is far more common and fits both
    // neighbours far better.
    let found = repairs("Many workers fear that they will ge sick this winter.");
    assert_eq!(found, [(Kind::RealWord, "ge".into(), "get".into())]);
    // A word that fits its place is no slip however much more common "show" is.
    assert!(repairs("In spring the farmers sow the seed in the fields.").is_empty());
    assert!(repairs("The old sow had six piglets in the barn.").is_empty());
}

#[test]
fn a_short_word_that_fits_only_passably_may_have_lost_a_letter() {
    // "ill be" is a pair on record, so "ill" fits passably; "will" fits far better.
    let found = repairs("The more we pay while prices are high, the easier it ill be.");
    assert_eq!(found, [(Kind::RealWord, "ill".into(), "will".into())]);
    // Beside a compound, the pair with its first piece is no witness: "no in" is not
    // "no in-depth".
    assert!(repairs("The agency did no in-depth study of the further financial risk.").is_empty());
    assert!(repairs("He bought an ad to announce the sale of the farm.").is_empty());
}

#[test]
fn an_ordinal_ending_after_no_number_is_a_words_remains() {
    let found = repairs("It is the most critical legislation before th Congress in years.");
    assert_eq!(found, [(Kind::DroppedLetter, "th".into(), "the".into())]);
    let found = repairs("They traded with groups in Samoa nd Tonga by about the year 900.");
    assert_eq!(found, [(Kind::DroppedLetter, "nd".into(), "and".into())]);
    // After a number it is the ordinal's own; in brackets, a quotation's alteration.
    assert!(repairs("It met on the 4 th of July in the great hall.").is_empty());
    assert!(repairs("He waived th[e] rights he had at the time.").is_empty());
}

#[test]
fn a_word_of_modest_currency_may_have_lost_a_letter_of_a_far_more_common_one() {
    let found = repairs("We must help them to meet heir needs in the years ahead.");
    assert_eq!(found, [(Kind::RealWord, "heir".into(), "their".into())]);
    // Where it fits, it stands.
    assert!(repairs("The king named his heir before the war.").is_empty());
}

#[test]
fn a_short_word_starting_a_sentence_may_have_lost_a_letter() {
    let text = "He said so. Tat Department, which now investigates, agreed.";
    assert_eq!(repairs(text), [(Kind::RealWord, "Tat".into(), "That".into())]);
    // A chemical symbol opens no sentence of prose: "Th" lost the e of "The".
    let text = "The plan was sound. Th completion of the work took two more years.";
    assert_eq!(repairs(text), [(Kind::RealWord, "Th".into(), "The".into())]);
    // (Not an abbreviation before its full stop.)
    assert!(repairs("The class met twice. Th. and Fr. were the days of the week.").is_empty());
    // Not inside a sentence, where a capital marks a name; nor for names at the start.
    assert!(repairs("He met Tat Department officials.").is_empty());
    assert!(repairs("Ed said it was fine. Al went home.").is_empty());
}

#[test]
fn a_short_name_written_in_lowercase_is_judged_as_a_real_word() {
    // "WA" is a state's abbreviation; "wa" is what is left of "was".
    let text = "The army wa defeated in the north.";
    assert_eq!(repairs(text), [(Kind::RealWord, "wa".into(), "was".into())]);
}

#[test]
fn the_run_does_not_vouch_for_fragments() {
    // Damage recurs from file to file like usage does; "w th" must not become usage.
    let others = ["signed w th former allies", "a treaty w th former foes", "met w th former leaders"];
    let text = "the pact was signed w th former rivals";
    assert_eq!(repairs_in_run(text, &others), [(Kind::SpaceForLetter, "w th".into(), "with".into())]);
}

#[test]
fn letters_lost_to_spaces_and_splits() {
    assert_eq!(repairs("could strike an a ms deal that would")[0].2, "arms");
    assert_eq!(repairs("the gov ernment said")[0].2, "government");
    assert_eq!(repairs("it was communica-\ntions failure")[0].2, "communications");
}

#[test]
fn rare_listed_words_may_be_the_pieces_of_a_word_that_lost_a_letter() {
    // "amental" and "ers" are listed, but rare: pieces, not words.
    assert_eq!(repairs("certain fun amental difficulties with which")[0].2, "fundamental");
    assert_eq!(repairs("bringing down barr ers to racial prejudice")[0].2, "barriers");
    // After a capitalised word, a tail that is no listed word is no part of a name.
    assert_eq!(repairs("the Oceanic and Atmospheric Admi istration to provide")[0].2, "Administration");
    // Common words stay apart.
    assert!(repairs("He wore a green hat and sat on it.").is_empty());
}

#[test]
fn a_capitalised_piece_may_have_lost_a_letter_of_a_common_word_to_a_space() {
    // "Sta" and "Amer" are listed as abbreviations, and follow a capital in "United Sta
    // es"; but no name is a letter away from words as common as "States" and "America".
    let found = repairs("the representatives of the United Sta es and Mexico signed a protocol");
    assert_eq!(found, [(Kind::SpaceForLetter, "Sta es".into(), "States".into())]);
    let found = repairs("it is a symbol of what Amer ca has meant to the world");
    assert_eq!(found, [(Kind::SpaceForLetter, "Amer ca".into(), "America".into())]);
    // A name and a word, with no common word a letter away, stay as they are.
    assert!(repairs("the report by Ana Lee is due in May").is_empty());
}

#[test]
fn a_letter_standing_alone_is_a_words_piece_unless_the_text_writes_symbols() {
    let found = repairs("The people must decide through the r chosen representatives what to do.");
    assert_eq!(found, [(Kind::SpaceForLetter, "the r".into(), "their".into())]);
    let found = repairs("This year, we must continue t is momentum toward reform.");
    assert_eq!(found, [(Kind::SpaceForLetter, "t is".into(), "this".into())]);
    // A text that writes letters as symbols writes several.
    assert!(repairs("Values are dropped in reverse order, so d was dropped before c here.").is_empty());
}

#[test]
fn a_rejoined_word_keeps_its_curly_apostrophe() {
    let found = repairs("the court relied on Justice Black mun’s separate opinion");
    assert_eq!(found[0].2, "Blackmun’s");
}

#[test]
fn a_line_end_hyphen_between_two_words_that_make_a_word_is_a_break() {
    let found = repairs("serve temporarily in the dis-\ncharge of the obligation to help");
    assert!(found.iter().any(|r| r.2 == "discharge"), "{found:?}");
    let found = repairs("occupied by China, Malaysia, the Philipp-\nines, Taiwan, and Vietnam");
    assert!(found.iter().any(|r| r.2 == "Philippines"), "{found:?}");
    // A common word split after a capitalised one is rejoined; a name stays apart.
    let found = repairs("such freewheeling right. The Constitu tion protects freedom of speech");
    assert!(found.iter().any(|r| r.2 == "Constitution"), "{found:?}");
    assert!(repairs("Kim Jong Un vowed to build more missiles").is_empty());
}

#[test]
fn two_words_the_next_word_pairs_with_stay_apart_unless_the_first_is_a_prefix() {
    // "led by" fits far better than "coupled by", and "bloody coupled" no better than "bloody coup".
    assert!(repairs("In 1999 there was a bloody coup led by the army chief.").is_empty());
    // A prefix is a word's head, however well the tail fits the next word.
    let found = repairs("It is a narrow holding, and the remedy it pro poses does not address contempt.");
    assert_eq!(found, [(Kind::Split, "pro poses".into(), "proposes".into())]);
    let found = repairs("The drug was sold under the pre scription of a physician.");
    assert_eq!(found, [(Kind::Split, "pre scription".into(), "prescription".into())]);
}

#[test]
fn merged_words() {
    let r = repairs("the rest ofthe country");
    assert_eq!(r[0].2, "of the");
    // Two-letter words other than function words may be a part ("up", "us").
    assert_eq!(repairs("the task of all Americans is to live upto their commitment")[0].2, "up to");
}

#[test]
fn a_capitalised_word_run_into_a_long_common_word_lost_a_space() {
    let found = repairs("Morocco and the territory: Moroccomaintains a large military presence there.");
    assert_eq!(found, [(Kind::Merged, "Moroccomaintains".into(), "Morocco maintains".into())]);
    // Compounds that lost their hyphen stay whole.
    assert!(repairs("They had paid scant attention to Enronrelated news and Anticommons papers.").is_empty());
    // So do places named with a place-name element.
    let place = "The fire is no longer threatening properties in the Cranebrook area.";
    assert!(repairs(place).is_empty(), "{:?}", repairs(place));
}

#[test]
fn a_rare_listed_form_of_a_common_pair_is_the_pair_run_together() {
    assert_eq!(repairs("as the act has developed remains tobe seen by all")[0].2, "to be");
    assert_eq!(repairs("the US annexed it in 1899 touse as a cable station")[0].2, "to use");
    // Old words that are a less common pair stay: "beheld", "forbad", "aright".
    assert!(repairs("And when he beheld the city, he wept over it.").is_empty());
    assert!(repairs("if this prosperity is used aright it is an earnest of success").is_empty());
}

#[test]
fn a_possessive_run_into_the_next_word_lost_a_space() {
    let found = repairs("solidifying present-day Somalia’sclose trading relationship");
    assert_eq!(found, [(Kind::Merged, "Somalia’sclose".into(), "Somalia’s close".into())]);
    assert_eq!(repairs("in response to a top judge'sarrest, he resigned")[0].2, "judge's arrest");
    // A name goes on after the apostrophe ("O'Sullivan"), and so may a rare word.
    assert!(repairs("Mr. O'Sullivan and Ms. O'Shea met at O'sgood's farm.").is_empty());
}

#[test]
fn common_words_run_together_are_split_though_the_pair_is_not_in_the_table() {
    // "mighty river" and "six fiscal" are too rare as pairs for the bigram table; each
    // half fits the word beside it.
    let found = repairs("a record and a mightyriver of good works in the last sixfiscal years");
    let has = |from: &str, to: &str| found.iter().any(|r| r.1 == from && r.2 == to);
    assert!(has("mightyriver", "mighty river") && has("sixfiscal", "six fiscal"), "{found:?}");
    // A name run into a whole word, not into a name's ending.
    assert_eq!(repairs("The armed forces of Cubabeing inadequate to guard property")[0].2, "Cuba being");
    assert!(repairs("the Marianan people of the islands").is_empty());
}

#[test]
fn an_before_a_consonant_is_a_lost_and() {
    let found = repairs("It is widely and deeply shared by other peoples an nations of the world.");
    assert_eq!(found, [(Kind::RealWord, "an".into(), "and".into())]);
    assert!(repairs("Just yesterday an MS-13 gang member was taken in.").is_empty());
    assert!(repairs("The client can authenticate to an GSSAPI server of the realm.").is_empty());
}

#[test]
fn an_editors_brackets_and_sic_mark_the_words_as_meant() {
    let text = "the dissent's advocacy of a \"retur[n] to first principles\" and \"[p]eculiar\" \
        conduct; she's niver [sic] assisted in what they were doing";
    assert!(repairs(text).is_empty(), "{:?}", repairs(text));
}

#[test]
fn a_word_the_text_uses_far_more_than_english_does_is_its_own() {
    let genesis = "And he said unto Abram, Know of a surety that thy seed shall be a stranger \
        in a land that is not theirs. And he said, So shall thy seed be. And the LORD hath \
        heard thy affliction, and Jacob said, Sell me this day thy birthright.";
    assert!(repairs(genesis).is_empty(), "{:?}", repairs(genesis));
    // Once, it is judged like any other word ("thy" for "they").
    let once = repairs("It was said that thy were coming to the meeting with the others.");
    assert!(once.iter().any(|r| r.1 == "thy" && r.2 == "they"), "{once:?}");
}

#[test]
fn a_word_the_text_inflects_is_its_own() {
    // Alone, "reflink" reads as a misspelling; with "reflinks" beside it, as a term.
    let once = repairs("The file system can make a reflink of the data file.");
    assert!(once.iter().any(|r| r.1 == "reflink"), "{once:?}");
    let text = "The file system can make a reflink of the data file. Where reflinks are not \
        supported, the data is copied.";
    assert!(repairs(text).iter().all(|r| !r.1.starts_with("reflink")), "{:?}", repairs(text));
}

#[test]
fn old_verb_forms_are_words_where_the_text_speaks_the_old_second_person() {
    let text = "Thou art the God that doest wonders: thou hast declared thy strength among \
        the people. Thou dissolvest the hills, and thy hand divineth the waters; thou \
        humbledst the proud, and thou wanderest in the way.";
    assert!(repairs(text).is_empty(), "{:?}", repairs(text));
    // In modern prose the same spelling is a slip.
    let modern = repairs("The team dissolvest the partnership at night, looking for a cafe.");
    assert!(modern.iter().any(|r| r.1 == "dissolvest"), "{modern:?}");
}

#[test]
fn old_spellings_are_words_where_the_text_speaks_the_old_second_person() {
    let text = "Thou hast pluckt up the lunatick and fetcht him home; thou madest havock of \
        the city, and the gates are upholden by thy hand, and the tents folden.";
    assert!(repairs(text).is_empty(), "{:?}", repairs(text));
    // In modern prose the same spelling is a slip.
    let modern = repairs("The court said the lunatick asylum had been closed for years.");
    assert!(modern.iter().any(|r| r.1 == "lunatick"), "{modern:?}");
}

#[test]
fn an_old_text_puts_he_after_its_verb() {
    let text = "And God called the dry land Earth; and the gathering together of the waters \
        called he Seas: and God saw that it was good. And God said, Let the earth bring forth \
        grass, the herb yielding seed, and the fruit tree yielding fruit after his kind.\n\n\
        Thou shalt not, for thou hast said it unto me.";
    assert!(repairs(text).is_empty(), "{:?}", repairs(text));
}

#[test]
fn an_old_text_writes_compounds_closed() {
    let text = "Thou shalt make a meat offering for thy fellowcitizens, and the townclerk \
        hath said unto thee that the fishpools are full.";
    assert!(repairs(text).is_empty(), "{:?}", repairs(text));
    // A function word run into another is a slip in any age.
    let slip = repairs("Thou shalt make it, and thou hast said unto thee andthe people heard.");
    assert!(slip.iter().any(|r| r.1 == "andthe"), "{slip:?}");
}

#[test]
fn old_verb_forms_may_double_the_last_consonant() {
    let text = "Thou art the God that forgettest not: thou hast declared thy strength among \
        the people. Why gaddest thou about so much? Thou abhorrest idols, and thou \
        swimmest in the deep waters of the sea.";
    assert!(repairs(text).is_empty(), "{:?}", repairs(text));
}

#[test]
fn a_content_word_the_text_repeats_is_meant() {
    let once = repairs("They could ill suffer the exhaustion of larger disbursements.");
    assert!(once.iter().any(|r| r.1 == "ill" && r.2 == "will"), "{once:?}");
    // (In a long text, where three uses are no more than English at large makes.)
    let filler = "The committee met in the hall and spoke of the roads and the bridges. ".repeat(400);
    let text = format!(
        "They could ill suffer the exhaustion of larger disbursements. {filler} The poor can but \
        ill afford the duty, and the towns are ill prepared for it."
    );
    assert!(repairs(&text).iter().all(|r| r.1 != "ill"), "{:?}", repairs(&text));
}

#[test]
fn a_capitalised_word_lost_a_letter_only_of_a_common_word() {
    assert_eq!(repairs("We will expand Medcaid coverage for the poor.")[0].2, "Medicaid");
    // A rarer name one letter longer is no evidence: "Maon" is a place of its own.
    assert!(repairs("There was a man in Maon whose possessions were in Carmel.").is_empty());
    // A web spelling too, when the word is far more common ("Congres" is the web's slip).
    assert_eq!(repairs("Last year, Congres passed legislation on trade.")[0].2, "Congress");
    // Not a word's head before a hyphen.
    assert!(repairs("It is by making grants to the States. Mone- SCALIA dissented.").is_empty());
    // A long word, which few names are one letter from, may have lost a letter of a rarer
    // one that a neighbour other than a function word pairs with...
    let found = repairs("He spoke for the Paletine Liberation front at the talks.");
    assert_eq!(found, [(Kind::DroppedLetter, "Paletine".into(), "Palestine".into())]);
    // ... but without that neighbour's word it may be a name ("Mashal" is a town).
    assert!(repairs("Out of the tribe came Mashal with its lands.").is_empty());
}

#[test]
fn a_stray_unknown_name_may_have_lost_a_letter_of_a_rarer_known_one() {
    let filler = "The members of the council met in the capital and spoke of trade and of roads. ".repeat(12);
    // Among names the web knows, one it never writes is likelier a known one damaged.
    let text = format!("{filler}In proof of that, they made room for both Hitlr and God in the schools.");
    let found = repairs(&text);
    assert_eq!(found, [(Kind::DroppedLetter, "Hitlr".into(), "Hitler".into())]);
    // Not among many such names (a genealogy), ...
    let names = "Then came Abiezer, and Achsah, and Adithaim, and Zelek, and Ahumai. ";
    assert!(repairs(&format!("{filler}{names}{names}They made room for both Hitlr and God.")).is_empty());
    // ... nor after an initial, which opens a name ...
    assert!(repairs(&format!("{filler}The book was edited by O. Piest in the old days.")).is_empty());
    // ... nor in a sentence or two, which shows nothing of the kind.
    assert!(repairs("In proof of that, they made room for both Hitlr and God in the schools.").is_empty());
}

#[test]
fn a_name_the_runs_other_files_write_is_no_stray() {
    let filler = "The members of the council met in the capital and spoke of trade and of roads. ".repeat(12);
    let text = format!("{filler}They went down to the valley of Achor with the flocks.");
    // Alone in name-sparse prose, a rare name the web never writes reads as a damaged
    // word (the price of finding "Hitlr"); written in the run's other files, it is a name.
    assert_eq!(repairs(&text)[0].2, "Anchor");
    let others = ["The valley of Achor is a door of hope.", "Achan was stoned in the valley of Achor."];
    assert!(repairs_in_run(&text, &others).is_empty());
}

#[test]
fn in_edited_text_only_the_cheapest_confusions_make_a_real_word_another() {
    assert!(repairs("Zion is left like a shelter in a vineyard, like a hut in a field of melons.").is_empty());
    assert!(repairs("The territory's arid desert climate makes farming hard.").is_empty());
    // Nor does a lost letter make a word of some currency another content word.
    assert!(repairs("My beloved is like a roe or a young deer on the mountains.").is_empty());
    let found = repairs("the people of Alexander county arc opposed to the plan");
    assert!(found.iter().any(|r| r.1 == "arc" && r.2 == "are"), "{found:?}");
}

#[test]
fn a_letter_before_a_word_is_seldom_a_slip() {
    assert!(repairs("Its enactment is a simple measure of previsory justice toward the nations.").is_empty());
    assert!(repairs("The library includes code to preallocate the correct amount of memory.").is_empty());
}

#[test]
fn words_of_one_closed_class_are_the_texts_voice() {
    // The web says "upgrade your" far more often; the speech said "our".
    assert!(repairs("We must upgrade our teacher colleges and teacher training.").is_empty());
    // A capitalised name splits only into common words.
    assert!(repairs("Ben Hesed, in Arubboth, and the sons of Hashum came by the way of Atharim.").is_empty());
}

#[test]
fn compound_adjectives_and_coinages_stay_solid() {
    // A participle after a word lost a hyphen, not a space ("peace-loving").
    assert!(repairs("the peaceloving nations and the problemsolving skills of the young").is_empty());
    // ... but an adverb in -ly takes no hyphen: it lost a space.
    let found = repairs("The new law has greatlystrengthened the hand of the courts.");
    assert_eq!(found, [(Kind::Merged, "greatlystrengthened".into(), "greatly strengthened".into())]);
    // Coinages of technical prose: no neighbour knows their halves.
    assert!(repairs("set the bitflags before the nullability check runs").is_empty());
}

#[test]
fn names_and_rare_words_are_left_alone() {
    assert!(repairs("Kremlin spokesman Dmitry Peskov met Kim Jong-un at Vostochny, NATO said.").is_empty());
}

#[test]
fn a_misspelling_is_read_as_a_word_of_some_currency_only() {
    // The likeliest readings are rare words: the word is a rare form the lexicon lacks.
    assert!(repairs("They have put down ladronism in the islands.").is_empty());
    assert!(repairs("Compare wonky, brain-damaged, bozotic, and crudware.").is_empty());
    // A slip of a current word is still read.
    assert_eq!(fixes("The administrtive costs rose."), [("administrtive".into(), "administrative".into())]);
}

#[test]
fn a_list_of_rare_names_holds_no_common_word_that_lost_a_letter() {
    let text = "It holds the islands of Tutuila, Ofoo, Olosenga, and Manua. I transmit the treaty.";
    assert!(repairs(text).is_empty());
    assert!(repairs("She bare also Tebah, and Gaham, and Thahash, and Maachah.").is_empty());
    // Beside names the lexicon knows, a common word's slip is still read.
    assert_eq!(fixes("The talks in Swden and Norway went on."), [("Swden".into(), "Sweden".into())]);
}

#[test]
fn a_short_word_that_opens_a_sentence_is_judged_as_an_opener() {
    let found = fixes("He ended his reign of terror. Ou message to the terrorists is clear.");
    assert_eq!(found, [("Ou".into(), "Our".into())]);
    // A word that opens sentences as it is written is left alone.
    assert!(fixes("He ended his reign of terror. Our message to the terrorists is clear.").is_empty());
}

#[test]
fn a_heading_set_in_capitals_is_repaired_as_words() {
    assert_eq!(fixes("INTERNAL SECUITY\n\nUnder the standards set"), [("SECUITY".into(), "SECURITY".into())]);
    assert_eq!(fixes("WAR EPARTMENT.\n\nThe War Department has"), [("EPARTMENT".into(), "DEPARTMENT".into())]);
    // Its words may be split too, or lose a letter to a space.
    assert_eq!(fixes("BANKING AND CURRENCY REFO RM.\n\nThe method"), [("REFO RM".into(), "REFORM".into())]);
    assert_eq!(fixes("NATIONAL PO ICE BUREAU\n\nRepresentatives"), [("PO ICE".into(), "POLICE".into())]);
    // Acronyms and initials in a heading stay.
    assert!(repairs("THE NATO SUMMIT AND THE UN\n\nThe allies met.").is_empty());
    // In running text a word in capitals is a name or an acronym.
    assert!(repairs("The runners-up were Grace POE (independent) and Jejomar BINAY (UNA).").is_empty());
    assert!(repairs("This information (the INQUIR record) was a sort of form.").is_empty());
}

#[test]
fn a_dash_between_words_joins_no_name_to_them() {
    // A capitalised word after a dash makes no hyphenated name of the word before it.
    let found = fixes("After nearly a century of tryng--Democratic administrations failed.");
    assert_eq!(found, [("tryng".into(), "trying".into())]);
    // A double hyphen that opens an option still marks it as code.
    assert!(repairs("Build it with --with-wal-blocksze set to 16.").is_empty());
}

#[test]
fn two_long_listed_words_are_the_authors() {
    // Old spellings of compounds stay apart; a fragment beside a word is damage.
    assert!(repairs("The shop keepers sent their goods by the rail ways of the state.").is_empty());
    assert_eq!(repairs("the new gov ernment met")[0].2, "government");
    // ... and so are two words that make a word more common than either.
    assert_eq!(repairs("the expansion of student aid prog rams in the budget")[0].2, "programs");
    assert_eq!(repairs("to prevent their develop ment, is compelling")[0].2, "development");
}

#[test]
fn regular_plurals_and_prefixed_words_are_words() {
    // The lists leave out many regular forms of their words.
    assert!(repairs("The officers are subject to redetail after a year of service.").is_empty());
    assert!(repairs("They sent reenforcements to the front in the spring.").is_empty());
    assert!(repairs("The two old rivals kept up their bickerings for years.").is_empty());
    assert!(repairs("Moral rights are not waivable under the licence in most countries.").is_empty());
    assert!(repairs("The window moves to the frontmost position when clicked.").is_empty());
    // ... but not a common word that lost a letter, nor one with a glyph's mark.
    assert_eq!(repairs("The plan is reacing its end at last.")[0].2, "reaching");
    assert_eq!(repairs("The resuIt was a long delay.")[0].2, "result");
    assert_eq!(repairs("Many new hornes were built near the river last year.")[0].2, "homes");
    assert_eq!(repairs("It was themost important day of the year.")[0].2, "the most");
}

#[test]
fn french_elisions_are_left_alone() {
    assert!(repairs("the corps d'elite of the army, l'homme and n'est-ce pas").is_empty());
    assert!(!is_french_elision("o'clock"));
}

#[test]
fn the_pronoun_split_off_a_word_is_a_capital() {
    assert_eq!(apply_case("doubt i", "doubtI"), "doubt I");
    assert_eq!(apply_case("i am", "Iam"), "I am");
    assert_eq!(apply_case("in it", "init"), "in it");
}

#[test]
fn keeps_case() {
    assert_eq!(apply_case("saint", "5aint"), "Saint");
    assert_eq!(apply_case("british", "Britisli"), "British");
    assert_eq!(apply_case("the", "THO"), "THE");
}

#[test]
fn a_capitalised_word_beside_a_name_is_likelier_part_of_it() {
    assert_eq!(fixes("When Bryan Ritterby was laid off from his job, he retrained."), []);
    assert_eq!(fixes("It originated in the usurpation of Victoriano Huerta, who fled."), []);
    assert_eq!(fixes("It was ratified by the Chilian Government last year."), []);
    // A surname after a first name and an initial keeps its letters.
    assert_eq!(fixes("The board now consists of Theodore P. Shonts, Chairman, and others."), []);
    // A word run into a function word beside a capitalised one is still split.
    assert_eq!(
        fixes("We must reorganize the Federal Governmentso that it works."),
        [("Governmentso".into(), "Government so".into())]
    );
    assert_eq!(
        fixes("It was settled in the first millennium A.D. Aftera war, it grew."),
        [("Aftera".into(), "After a".into())]
    );
}

#[test]
fn a_name_inside_a_sentence_is_no_capitalised_function_word_run_into_a_word() {
    // Not "Be or", "Matt an", "Dark on": a function word is capitalised where a clause opens,
    // and a short one ends a name's run-in only where it fits the next word.
    assert_eq!(fixes("They hired Balaam the son of Beor to curse you."), []);
    assert_eq!(fixes("He broke the images in pieces, and slew Mattan the priest."), []);
    assert_eq!(fixes("The children of Jaalah, the children of Darkon, the children of Giddel."), []);
    // Where a sentence, a line or a title opens, or the short word fits the next, it is split.
    assert_eq!(
        fixes("Many died of starvation and emigration. Thepopulation continued to fall."),
        [("Thepopulation".into(), "The population".into())]
    );
    assert_eq!(
        fixes("Under the Geneva Accordsof 1954, the country was divided."),
        [("Accordsof".into(), "Accords of".into())]
    );
}

#[test]
fn a_capitalised_word_run_into_the_next_where_the_place_shows_it() {
    // A name runs into a short function word that opens one of the commonest pairs.
    assert_eq!(fixes("The Court held that Americais a nation of laws."), [("Americais".into(), "America is".into())]);
    // Where a sentence opens: an article into a rarer word, one of the commonest phrases.
    assert_eq!(fixes("Thefortunes amassed through trade were vast."), [("Thefortunes".into(), "The fortunes".into())]);
    assert_eq!(fixes("Lastyear the Congress passed the bill."), [("Lastyear".into(), "Last year".into())]);
    // Not a lone letter after a name: "Gideoni was" is no "Gideon I was".
    assert_eq!(fixes("Abidan the son of Gideoni was over the army."), []);
}

#[test]
fn a_capitalised_unknown_word_that_lost_a_letter_of_a_common_name() {
    // "Geneva" is common enough (over 100,000 per 10^10) to be the likelier reading.
    assert_eq!(
        fixes("The conference of Gneva, October 20, 1868, extended the effect."),
        [("Gneva".into(), "Geneva".into())]
    );
}

#[test]
fn a_sentence_that_opens_in_lowercase_lost_its_capital() {
    assert_eq!(
        fixes("It grew to 3 million followers by the 1880s. he French defeated it in 1910."),
        [("he".into(), "The".into())]
    );
    assert_eq!(
        fixes("Of our ideals and our freemen.  ut of such thoughts grow all our policies."),
        [("ut".into(), "Out".into())]
    );
    // A quotation or a bracket may close with the sentence before.
    assert_eq!(
        fixes("He spoke of a better home for every family.”\n\nhe state of housing will improve this year."),
        [("he".into(), "The".into())]
    );
    // Not where the word as written fits the next as well ("he gets"), nor after an
    // abbreviation, nor in technical prose, which opens sentences with lowercase names.
    assert_eq!(fixes("I may need a court order. he gets to go to the game."), []);
    assert_eq!(fixes("Books, papers, etc. are kept in the archive."), []);
}

#[test]
fn a_word_form_no_compound_starts_with_was_run_into_the_next_word() {
    // An adverb, a past tense, a plural or an adjective before a word the table has not seen
    // it beside.
    assert_eq!(
        fixes("The talks eventuallyrelented into a truce."),
        [("eventuallyrelented".into(), "eventually relented".into())]
    );
    assert_eq!(
        fixes("It would impose an intolerableburden upon the Government."),
        [("intolerableburden".into(), "intolerable burden".into())]
    );
    assert_eq!(
        fixes("Patronage politics and endemiccorruption stalled reform."),
        [("endemiccorruption".into(), "endemic corruption".into())]
    );
    // A superlative, a comparative in -ier, a gerund (in modern prose), and a plural even
    // before a participle.
    assert_eq!(
        fixes("The summit is the highestvolcano in the range."),
        [("highestvolcano".into(), "highest volcano".into())]
    );
    assert_eq!(
        fixes("We must focus our efforts on pressingproblems at home."),
        [("pressingproblems".into(), "pressing problems".into())]
    );
    assert_eq!(
        fixes("Many hearings followed the eventstranspiring abroad."),
        [("eventstranspiring".into(), "events transpiring".into())]
    );
    assert_eq!(fixes("And they rob the threshingfloors of Keilah; thou shalt not. Ye shall see."), []);
    // Not where a plural's "s" may open the second word, nor before a word that ends
    // compounds as a suffix does.
    assert_eq!(fixes("The poster showed a starscape with a space fighter."), []);
    assert_eq!(fixes("The nouns canon and canonicity, not canonicalness, are used."), []);
}

#[test]
fn two_common_words_closed_up_are_a_compound_not_a_misspelling() {
    // Not "fingerprinting", "torrent", "has hable".
    assert_eq!(fixes("After decades of fingerpointing and failure, we acted."), []);
    assert_eq!(fixes("The number of lowrent public housing units rose."), []);
    assert_eq!(fixes("Since it is immutable and hashable, it may be used as a key."), []);
    // Lost letters and misread glyphs are still read.
    assert_eq!(fixes("Free and fair electons restore trust."), [("electons".into(), "elections".into())]);
    assert_eq!(
        fixes("There can be no successful cornpromise between good and evil."),
        [("cornpromise".into(), "compromise".into())]
    );
}

#[test]
fn a_word_with_a_digit_written_twice_in_edited_text_is_a_name_for_something() {
    assert_eq!(fixes("We can keep using rect1 after the call, and print rect1 again."), []);
    // Once, it is a misread letter.
    assert_eq!(fixes("It was a nationa1 effort."), [("nationa1".into(), "national".into())]);
    // OCR output repeats its misreadings.
    let found = fixes(&format!("{OCR_TEXT} The nationa1 debt and the nationa1 bank grew."));
    assert!(found.iter().filter(|r| r.1 == "national").count() == 2, "{found:?}");
}

#[test]
fn technical_prose_names_things_by_running_words_together() {
    let docs = "Use the with statement and the localcontext function to change the context. \
        Call decimal.getcontext() first, then set_precision() and read the value back with \
        get_precision() when the block ends.";
    assert!(technical_prose(docs));
    assert_eq!(fixes(docs), []);
    // A function word run into a word is still damage there.
    let slip = format!("{docs} Pass the value tothe function.");
    assert_eq!(fixes(&slip), [("tothe".into(), "to the".into())]);
    // Prose without code names is no technical prose: the same word is two words that lost a space.
    assert!(!technical_prose("The court ruled on the localcontext of the case."));
    // Predicates and handlers open with a function word ("isdead", "onerror", "hasItems"):
    // names, neither run-together words nor misspellings ("isdead" is no "indeed"). A
    // misspelling is still read ("insted"), and so is a function word run into another.
    let names = format!("{docs} Check isdead and call onerror, or read hasItems and onInfo first.");
    assert_eq!(fixes(&names), []);
    let slips = format!("{docs} Use it insted of the old one, as is the rule, and not ofthe new.");
    assert_eq!(fixes(&slips), [("insted".into(), "instead".into()), ("ofthe".into(), "of the".into())]);
    // In prose "theInterior" lost a space.
    assert_eq!(fixes("He went to theInterior Department on Monday."), [("theInterior".into(), "the Interior".into())]);
    // A short word no list holds is an abbreviation there; a function word's slip is not.
    let notes = format!("{docs} Build against musl and make tsan happy, then check alpn support.");
    assert_eq!(fixes(&notes), []);
    let slip = format!("{docs} The call returns wih the value it read.");
    assert_eq!(fixes(&slip), [("wih".into(), "with".into())]);
    // A word with a digit is a name there, and a look-alike letter no typing slip: "col1" is
    // no "cell"; "explcit" lost a letter of "explicit", no glyph of "exploit".
    assert_eq!(fixes(&format!("{docs} It will lock only rows having col1 = 5.")), []);
    assert_eq!(fixes(&format!("{docs} Keep rows from being mutated (Vighnesh Raut).")), []);
    let typed = format!("{docs} Pass explcit inputs to the parser.");
    assert_eq!(fixes(&typed), [("explcit".into(), "explicit".into())]);
    // Other code names: files, long options, a grammar's rules, an interactive session.
    assert!(technical_prose("The stylesheet main.css and the script app.js load from index.html."));
    assert!(technical_prose("Pass --instance-type and --instance-count, or --instance-groups alone."));
    assert!(technical_prose("file_input: NEWLINE | stmt\nBidi_Class ; Left_To_Right\n"));
    assert!(technical_prose(">>> from math import pi\n>>> pi * 2\n"));
    assert!(!technical_prose("The man -- who was tall -- came in, and the well-known writer sat down."));
}

#[test]
fn a_dash_between_words_ends_the_chunk_around_a_word() {
    for dash in WORD_DASHES {
        assert!(may_hold_dash(dash), "{dash}");
        let text = format!("century of tryng{dash}Democratic rule");
        let start = text.find("tryng").unwrap();
        assert_eq!(chunk_around(&text, start, start + "tryng".len()), "tryng");
    }
    assert!(!may_hold_dash("plain words, no dash"));
    assert_eq!(chunk_around("a well-known word", 2, 6), "well-known");
    assert_eq!(chunk_around("use --with-wal-blocksize here", 6, 10), "--with-wal-blocksize");
}

#[test]
fn a_listed_words_regular_past_or_ing_form_is_a_word() {
    // The lists leave out "vendored" and "backslashed"; technical prose writes them daily.
    assert!(repairs("the crate vendored its dependencies, and keeps vendoring them").is_empty());
    assert!(repairs("a non-backslashed semicolon ends the request").is_empty());
    // A kept e before "-ing", or a doubled consonant lost, is a slip of the listed form.
    assert_eq!(repairs("without interfereing with others")[0].2, "interfering");
    assert_eq!(repairs("you unwraped an error value")[0].2, "unwrapped");
}

#[test]
fn a_word_written_again_and_again_is_the_writers_own() {
    // (Long enough that three unknown words do not make it read as OCR output.)
    let prose = "The committee met in the spring to review the plans for the new library, and the \
        members agreed that the building should open before the end of the year. Several of them \
        spoke about the needs of the town, the cost of the work and the help that volunteers had \
        offered. The chair thanked everyone for their time and promised to report again soon. "
        .repeat(3);
    let notes = format!(
        "{prose}This release fixes the build on several targets. The musl target now builds on \
         every platform we support, the guide explains how to install the musl toolchain, and \
         thanks go to everyone who reported problems with musl on older systems."
    );
    assert!(repairs(&notes).is_empty(), "{:?}", repairs(&notes));
    let once = format!("{prose}The guide explains how to install the musl toolchain.");
    assert_eq!(repairs(&once)[0].1, "musl", "once, it may be damage");
    // A capital I inside is a font's or a scan's mark on every copy.
    let marked = format!(
        "{prose}The age of imperiaIism shaped the region, the people who lived under imperiaIism \
         remembered it, and the end of imperiaIism came slowly."
    );
    assert_eq!(repairs(&marked).len(), 3);
}

#[test]
fn a_lowercase_word_alone_in_brackets_names_something() {
    assert!(repairs("test: fix the arguments order in assert calls (feugy)").is_empty());
    assert!(repairs("The royal court centered on the Tutsi king (mwami), who relied on his chiefs.").is_empty());
    let found = repairs("The volcanoes of Santa Maria (Guaternala) and Taal erupted.");
    assert_eq!(found[0].2, "Guatemala", "a capitalised one may be a damaged name");
    assert_eq!(repairs("The king relied on the mwami and his chiefs.").len(), 1, "outside brackets");
}

#[test]
fn camel_case_with_a_capital_i_is_a_name_in_edited_text() {
    assert!(repairs("The vm module fixes displayErrors in runIn functions.").is_empty());
    assert!(repairs("The util module adds encodeInto to the text encoder.").is_empty());
    // A capital I that reads as l, that ends the word, or that follows a function word, is
    // damage.
    assert_eq!(repairs("a fight against imperiaIism in a summit")[0].2, "imperialism");
    assert_eq!(repairs("It was reported from theInterior last year.")[0].2, "the Interior");
}

#[test]
fn the_mark_after_a_non_word_weighs_its_readings() {
    // "basis" closes a clause where "as is", the cheaper reading, seldom does.
    assert_eq!(
        fixes("For seven years, on a bipartisan asis, we have taken action toward that goal."),
        [("asis".into(), "basis".into())]
    );
}

#[test]
fn a_mark_is_read_after_a_word_only_before_a_space_a_closing_quote_or_the_end() {
    assert_eq!(mark_after(". Then"), Some(Mark::Stop));
    assert_eq!(mark_after(",\" he said"), Some(Mark::Comma));
    assert_eq!(mark_after("."), Some(Mark::Stop));
    assert_eq!(mark_after(".5 percent"), None, "a decimal point");
    assert_eq!(mark_after(",000"), None);
    assert_eq!(mark_after(" ."), None);
}

#[test]
fn edited_text_is_read_through_the_confusions_of_fonts_and_scans_only() {
    // A u for an a is old print's: in edited text "grund" lost a letter of "ground".
    assert_eq!(fixes("Include reciprocal grund inspection of key points."), [("grund".into(), "ground".into())]);
    // The confusions of fonts and scans stay: "tbe", "rn" for "m", "cl" for "d".
    assert_eq!(fixes("It was tbe best of times."), [("tbe".into(), "the".into())]);
    assert_eq!(
        fixes("A rnodern ship was loacled at dawn."),
        [("rnodern".into(), "modern".into()), ("loacled".into(), "loaded".into())]
    );
}

#[test]
fn verse_and_old_speech_elide_letters_on_purpose() {
    let text = "\"Ah, 'tis true,\" replied the guard. Well-buttered eels you may o'erwhelm in tubs, \
        and heav'n knows ev'ry one of them. Why should it have been thy pleasure to sever the neck?";
    assert_eq!(fixes(text), []);
    // A lost letter of "they" that both neighbours know is still read as "they".
    let slip = "The delegates said that thy would vote on the measure before the end of the session.";
    assert_eq!(fixes(slip), [("thy".into(), "they".into())]);
}

#[test]
fn echo_compounds_and_letters_heading_a_compound_are_no_slips() {
    assert_eq!(fixes("I only stay to fiddle-faddle in a minor key, and the tittle-tattle goes on all day."), []);
    assert_eq!(fixes("The value is stored as an n-bit integer in network byte order."), []);
}

#[test]
fn a_paragraph_that_opens_in_lowercase_lost_its_capital() {
    let text = "The program would bring about direct economies in construction.\n\n\
        he earlier completion of this program would add dignity to the celebration.";
    assert_eq!(fixes(text), [("he".into(), "The".into())]);
}

#[test]
fn a_neighbour_no_word_list_holds_is_no_witness_in_edited_text() {
    // Identifiers and acronyms on both sides: "or" is no "for" that lost a letter, though
    // the run's other files write "for DataView".
    let others = ["Support for DataView was added.", "Tests for DataView now pass.", "Docs for DataView improved."];
    let text = "When you write a TypedArray or DataView to a stream, the bytes are copied.";
    assert_eq!(repairs_in_run(text, &others), []);
    // A number is a witness: "in 1899 touse as" lost a space.
    assert_eq!(
        fixes("The United States annexed the island in 1899 touse as a cable and refueling station."),
        [("touse".into(), "to use".into())]
    );
}

#[test]
fn a_word_the_run_uses_far_more_than_english_is_its_own() {
    let text = "On the seventh day you shall rest, that your ox and your donkey may have rest.";
    // Files that write "your box and" vouch for the pair...
    let boxes = [
        "Put your box and your bags in the hall.",
        "Bring your box and your coat.",
        "Leave your box and your key at the desk.",
    ];
    assert!(repairs_in_run(text, &boxes).iter().any(|r| r.2 == "box"), "{:?}", repairs_in_run(text, &boxes));
    // ... but where the run writes "ox" far more often than English does, it is its word.
    let oxen = [
        "If a man's ox hurts another's ox, so that it dies, they shall sell the live ox.",
        "You shall not covet your neighbor's house, nor his ox, nor his donkey, nor his ox.",
        "The ox knows his owner, and the donkey his master's crib; the ox treads the grain.",
    ];
    let run: Vec<&str> = boxes.iter().chain(&oxen).copied().collect();
    assert_eq!(repairs_in_run(text, &run), []);
    // The remains of a function word recur in a damaged run too, and stay suspect.
    let damaged =
        ["He said tat rain fell at night.", "We knew tat rivers rose in spring.", "She wrote tat fields flooded."];
    let slip = "The clerk noted tat the bill had passed both houses of the legislature.";
    assert!(repairs_in_run(slip, &damaged).iter().any(|r| r.2 == "that"));
}

#[test]
fn an_old_text_writes_apart_what_is_one_word_now() {
    let old = "Thou shalt not boast thyself of to morrow; for thou knowest not what a day may bring forth. \
        If thou hide any thing from me, hath not the Lord seen it?";
    assert_eq!(fixes(old), []);
}

#[test]
fn a_long_modern_text_that_quotes_old_words_does_not_speak_them() {
    let quote = "The plaintiff quoted the old text: Thou shalt not steal, and unto thee be it done as \
        thy word hath said. The parties will meet again to morrow in the court.";
    assert_eq!(fixes(quote), [], "a short text with six old words speaks them");
    let record = "The court held that the statute was valid and that the lower court erred in its \
        reading of the record. "
        .repeat(300);
    let opinion = format!("{record}{quote}");
    assert_eq!(fixes(&opinion), [("to morrow".into(), "tomorrow".into())], "six in 6,000 words are quoted");
}

#[test]
fn a_word_alone_in_quotation_marks_is_mentioned_not_used() {
    assert_eq!(fixes("The ‘uparrow’ name for the caret comes from old keyboards."), []);
    assert_eq!(fixes("Fix the typo \"categoty\" in the benchmark names."), []);
    // Used among other words inside the quotation, it is still read.
    let used = "He said, “the goverment will decide on the matter soon.”";
    assert_eq!(fixes(used), [("goverment".into(), "government".into())]);
}

#[test]
fn a_surname_or_a_foreign_name_is_no_common_word_that_lost_a_letter() {
    for text in [
        "The company's chairman and its finance director Dominic Federa were at that meeting.",
        "The president of the Islamic Society, Walli Hanifi, says he was approached in May.",
    ] {
        assert!(repairs(text).is_empty(), "{text}: {:?}", repairs(text));
    }
    // Beside a capitalised common word, or as a place's noun after its name, it is judged.
    for (text, word) in [
        ("He represents a joint Progressive Pary of the Maldives and of the islands.", "Party"),
        ("In 2002, researchers at Plymouth Univesity in England put a computer in a cage.", "University"),
    ] {
        assert!(repairs(text).iter().any(|r| r.2 == word), "{text}: {:?}", repairs(text));
    }
}

#[test]
fn a_code_alone_in_a_table_field_is_data() {
    assert!(repairs("sc ; Bopo ; Bopomofo\nsc ; Brai                             ; Braille\n").is_empty());
    assert!(repairs(" 13  13  13 \t\tgray5\n 15  15  15 \t\tgray6\n").is_empty());
    // (A line of a column of print may split alike; its neighbours do not.)
    let data = RuleData::default();
    let column = "surrender at discre-\ntion; if they have  no hope of success\nthey should either throw down\n";
    let tokens = tokenize(column, &data, false);
    let tion = tokens.iter().find(|t| t.text == "tion").unwrap();
    assert!(!alone_in_a_table_cell(column, tion));
    let table = "sc ; Bopo ; Bopomofo\nsc ; Brai ; Braille\n";
    let tokens = tokenize(table, &data, false);
    assert!(alone_in_a_table_cell(table, tokens.iter().find(|t| t.text == "Brai").unwrap()));
    // A slip in a field of words, or in prose beside a semicolon, is still a slip.
    assert_eq!(repairs("| 2024 | Fixed a bug in the parsre module | done |\n")[0].2, "parser");
    assert_eq!(
        repairs("Exposed to the tooth of detraction; vilifed; hopelessly in the wrong; superseded.\n")[0].2,
        "vilified"
    );
    assert_eq!(repairs("The road was closed; the bridge was unsafe; the ferry was runing late.\n")[0].2, "running");
}
