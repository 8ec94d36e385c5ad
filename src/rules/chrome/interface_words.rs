//! The words of a website's interface: what its buttons, menus, notices and labels say. A short
//! line of its own made only of these ("Accept and close", "Check out our podcast") is the page's
//! interface, whatever its exact wording, where the article never uses its telling words.

/// Words that tell an interface: a line needs one of them. (The words of buttons, menus,
/// notices and widgets that the catalog's sources, real pages' chrome, hold far more often than
/// prose does. Not section labels, "Sports" or "Travel": a text may have such headings.)
const TELLING: &[&str] = &[
    "accept",
    "accessibility",
    "account",
    "ad",
    "ads",
    "advert",
    "advertise",
    "advertisement",
    "advertising",
    "alerts",
    "app",
    "apps",
    "archive",
    "archives",
    "blogroll",
    "bookmark",
    "bookmarks",
    "browse",
    "cancel",
    "classifieds",
    "click",
    "close",
    "comment",
    "commented",
    "comments",
    "contact",
    "cookie",
    "cookies",
    "copyright",
    "corrections",
    "credit",
    "credits",
    "disclaimer",
    "donate",
    "download",
    "downloads",
    "e-edition",
    "email",
    "emailed",
    "e-mail",
    "enlarge",
    "explore",
    "facebook",
    "faq",
    "faqs",
    "feed",
    "feedback",
    "feeds",
    "follow",
    "font",
    "forums",
    "gallery",
    "galleries",
    "headlines",
    "homepage",
    "horoscopes",
    "image",
    "images",
    "informed",
    "instagram",
    "linkedin",
    "listen",
    "loading",
    "login",
    "logout",
    "menu",
    "multimedia",
    "navigation",
    "newsletter",
    "newsletters",
    "notifications",
    "obituaries",
    "paid",
    "password",
    "permalink",
    "permissions",
    "photo",
    "photos",
    "pinterest",
    "podcast",
    "podcasts",
    "popular",
    "powered",
    "preferences",
    "print",
    "printer",
    "privacy",
    "promoted",
    "recommendations",
    "recommended",
    "reddit",
    "register",
    "related",
    "replies",
    "reply",
    "reprints",
    "rss",
    "scroll",
    "search",
    "settings",
    "share",
    "shared",
    "sharing",
    "sidebar",
    "sign",
    "signin",
    "signup",
    "sitemap",
    "skip",
    "slideshow",
    "sponsored",
    "subscribe",
    "subscriber",
    "subscribers",
    "subscription",
    "subscriptions",
    "tags",
    "tap",
    "telegram",
    "terms",
    "tiktok",
    "trackback",
    "trending",
    "tweet",
    "tweets",
    "twitter",
    "unsubscribe",
    "username",
    "video",
    "videos",
    "watch",
    "weather",
    "whatsapp",
    "widgets",
    "youtube",
];

/// Words an interface line may hold besides the telling ones: what buttons and labels are
/// built from ("Read more", "Back to top", "Log in to your account").
const PLAIN: &[&str] = &[
    "a",
    "about",
    "above",
    "all",
    "an",
    "and",
    "article",
    "articles",
    "at",
    "author",
    "back",
    "become",
    "below",
    "by",
    "center",
    "centre",
    "check",
    "conditions",
    "content",
    "continue",
    "coverage",
    "create",
    "customer",
    "dark",
    "down",
    "edition",
    "editor",
    "featured",
    "find",
    "for",
    "forgot",
    "free",
    "friend",
    "from",
    "full",
    "get",
    "go",
    "help",
    "here",
    "hide",
    "home",
    "in",
    "join",
    "later",
    "latest",
    "light",
    "list",
    "live",
    "load",
    "log",
    "main",
    "map",
    "member",
    "members",
    "mode",
    "more",
    "most",
    "my",
    "new",
    "next",
    "now",
    "of",
    "on",
    "open",
    "or",
    "our",
    "out",
    "page",
    "paper",
    "partner",
    "play",
    "policy",
    "post",
    "posts",
    "previous",
    "read",
    "reading",
    "save",
    "section",
    "see",
    "send",
    "service",
    "services",
    "show",
    "site",
    "size",
    "statement",
    "stay",
    "stories",
    "story",
    "support",
    "text",
    "the",
    "this",
    "to",
    "today",
    "today's",
    "top",
    "topic",
    "topics",
    "up",
    "updates",
    "us",
    "view",
    "visit",
    "with",
    "write",
    "you",
    "your",
];

/// Interface lines are this short, in words ...
pub(super) const MAX_WORDS: usize = 6;
/// ... and between two paragraphs of the text this long at least.
pub(super) const MIN_WORDS_BETWEEN_PARAGRAPHS: usize = 3;

/// The telling words of `line` when the whole line is interface text ("Check out our podcast"
/// gives ["podcast"]), or `None`. Marks a label uses (& » | : - and a final full stop or
/// ellipsis) are allowed; digits, quotes, brackets and any other word are not.
pub(super) fn telling_words(line: &str) -> Option<Vec<String>> {
    let trimmed = line.trim().trim_end_matches(['.', '…', ':', '!', '?']);
    if trimmed.is_empty() || !trimmed.chars().all(|c| c.is_alphabetic() || " &»›|:-'’".contains(c)) {
        return None;
    }
    let words: Vec<String> = trimmed
        .split(|c: char| c.is_whitespace() || "&»›|:".contains(c))
        .filter(|w| !w.is_empty() && *w != "-")
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    if words.is_empty() || words.len() > MAX_WORDS {
        return None;
    }
    let telling: Vec<String> = words.iter().filter(|w| TELLING.contains(&w.as_str())).cloned().collect();
    let all_interface = words.iter().all(|w| TELLING.contains(&w.as_str()) || PLAIN.contains(&w.as_str()));
    (all_interface && !telling.is_empty()).then_some(telling)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_made_of_interface_words_tell_their_words() {
        assert_eq!(telling_words("Accept and close"), Some(vec!["accept".to_string(), "close".to_string()]));
        assert_eq!(telling_words("Check out our podcast"), Some(vec!["podcast".to_string()]));
        assert_eq!(telling_words("Menu"), Some(vec!["menu".to_string()]));
        assert!(telling_words("Log in to your account »").is_some());
    }

    #[test]
    fn other_lines_tell_nothing() {
        // A word no interface uses, a plain line, digits and long lines.
        assert_eq!(telling_words("Watch the skies over Moscow"), None);
        assert_eq!(telling_words("Read more"), None, "plain words alone: the catalog's business");
        assert_eq!(telling_words("Share 12"), None);
        assert_eq!(telling_words("Sign up and share and follow us on our site today"), None);
        assert_eq!(telling_words("The video"), Some(vec!["video".to_string()]));
    }
}
