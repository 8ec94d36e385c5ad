//! Whether a text is English at all. Word repair reads English: run over Spanish or German
//! (a translated help file, a docs tree's `es/` folder) it would take every word for damage.

use super::engine::is_function_word;
use crate::text::words;

/// The commonest function words of other languages written in Latin letters (Spanish, French,
/// German, Italian, Portuguese, Dutch, the Nordic languages, Polish, Czech, Slovak, Croatian,
/// Hungarian, Finnish, Romanian, Turkish, Indonesian, Vietnamese, Tagalog, Swahili, Latin),
/// none of them an English function word. Sorted, for binary search.
const OTHER_FUNCTION_WORDS: &[&str] = &[
    "ada", "akan", "akkor", "ako", "al", "ale", "alebo", "alla", "ama", "ang", "atau", "att", "auf", "av", "avec",
    "ay", "az", "azt", "bir", "bu", "ce", "cette", "che", "com", "como", "con", "csak", "cu", "cum", "czy", "các",
    "có", "că", "cũng", "của", "daha", "dan", "dans", "dari", "das", "dat", "del", "della", "dem", "den", "dengan",
    "der", "det", "di", "du", "een", "egy", "ei", "ein", "eine", "el", "eller", "em", "en", "es", "est", "este", "et",
    "että", "ez", "ezt", "för", "für", "gli", "het", "hii", "hindi", "hogy", "ikke", "il", "ile", "ini", "inte", "ist",
    "ito", "itu", "için", "ja", "jak", "jako", "je", "jeho", "jest", "jos", "jsou", "katika", "ke", "không", "koji",
    "který", "kun", "kung", "kwa", "la", "las", "le", "les", "los", "lub", "là", "med", "meg", "mga", "mit", "mutta",
    "már", "más", "một", "na", "nach", "nel", "nem", "ng", "người", "những", "ni", "nicht", "nie", "niet", "niya",
    "non", "nu", "này", "não", "och", "od", "og", "olarak", "os", "pada", "para", "pas", "pe", "pentru", "pero", "po",
    "por", "pour", "pre", "på", "que", "qui", "quod", "rằng", "sa", "sau", "se", "sed", "sich", "sind", "siya", "się",
    "som", "sono", "sont", "su", "sur", "sus", "să", "sẽ", "tai", "thì", "tidak", "til", "till", "trong", "tämä", "u",
    "uma", "una", "und", "une", "untuk", "ut", "vagy", "ve", "veya", "voor", "và", "về", "với", "w", "wa", "wird",
    "ya", "yang", "za", "zijn", "är", "çok", "és", "în", "đã", "được", "đến", "để", "że", "že", "și",
];

/// Words read to judge: a text keeps to its language, and its opening is enough.
const SAMPLE_WORDS: usize = 2_000;
/// Below this share of another language's function words a text is English whatever else
/// it holds (a list of names has few function words of any language).
const MIN_OTHER_SHARE: f64 = 0.05;

/// Whether `text` reads as another language than English: its words include more function
/// words of the other common Latin-script languages than of English, and a fair share.
pub fn other_language(text: &str) -> bool {
    let (mut total, mut english, mut other) = (0usize, 0usize, 0usize);
    for word in words(text).take(SAMPLE_WORDS) {
        let lower = word.text.to_lowercase();
        total += 1;
        if is_function_word(lower.as_str()) {
            english += 1;
        } else if OTHER_FUNCTION_WORDS.binary_search(&lower.as_str()).is_ok() {
            other += 1;
        }
    }
    other > english && other as f64 >= MIN_OTHER_SHARE * total as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::check;
    use crate::rules::words::{GlyphConfusion, Misspelling, StrayMark};

    #[test]
    fn a_text_in_another_language_is_not_repaired() {
        let spanish = "Esta opción permite que el usuario elija la clave para firmar los datos del mensaje, \
                       y si no la encuentra, el programa pide una nueva clave para los datos.";
        assert!(check(&Misspelling, spanish).is_empty());
        // Nor is it judged OCR output, whichever rule asks first.
        assert!(check(&StrayMark, &format!("{spanish}\n.Opción .clave y la . clave\n")).is_empty());
        assert!(!check(
            &GlyphConfusion,
            "the senate met on Monday and the bill was passed by tbe members of the house"
        )
        .is_empty());
    }

    #[test]
    fn the_other_function_words_are_sorted_and_no_english_ones() {
        assert!(OTHER_FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(OTHER_FUNCTION_WORDS.iter().all(|w| !is_function_word(w)));
    }

    #[test]
    fn spanish_and_german_are_told_from_english_and_from_lists_of_names() {
        assert!(other_language("Esta opción permite que el usuario elija la clave para firmar los datos del mensaje."));
        assert!(other_language(
            "Mit dieser Option wird der Schlüssel für die Signatur und die Verschlüsselung gewählt."
        ));
        assert!(!other_language(
            "The senate met on Monday and the bill was passed by a large majority of the members."
        ));
        assert!(!other_language("Godfrey Ferdinand Frederick Hedemann Harry Allardt Kluegel Walter Dillingham"));
        // Vietnamese writes its syllables apart, many of them English-looking ("theo", "ai").
        assert!(other_language(
            "Vào những năm cuối của thế kỷ, không ai có thể tin rằng thế giới này đang được theo dõi."
        ));
        assert!(other_language("Ang mga bata ay naglalaro sa parke kung hindi umuulan."));
        assert!(!other_language(
            "the new law, el dorado and la paz are names; the rest is English prose that reads well."
        ));
    }
}
