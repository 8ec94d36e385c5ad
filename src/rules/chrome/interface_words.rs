//! The words of a website's interface: what its buttons, menus, notices and labels say. A short
//! line of its own made only of these ("Accept and close", "Check out our podcast") is the page's
//! interface, whatever its exact wording, where the article never uses its telling words.

/// Words that tell an interface: a line needs one of them.
const TELLING: &[&str] = &[
    "accept",
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
    "bookmark",
    "bookmarks",
    "click",
    "close",
    "comment",
    "comments",
    "contact",
    "cookie",
    "cookies",
    "credit",
    "credits",
    "donate",
    "download",
    "email",
    "e-mail",
    "enlarge",
    "explore",
    "facebook",
    "faq",
    "feed",
    "follow",
    "gallery",
    "homepage",
    "image",
    "images",
    "informed",
    "instagram",
    "linkedin",
    "listen",
    "login",
    "logout",
    "menu",
    "navigation",
    "newsletter",
    "newsletters",
    "notifications",
    "paid",
    "photo",
    "photos",
    "pinterest",
    "podcast",
    "podcasts",
    "popular",
    "preferences",
    "print",
    "privacy",
    "promoted",
    "recommended",
    "reddit",
    "register",
    "related",
    "replies",
    "reply",
    "rss",
    "scroll",
    "search",
    "settings",
    "share",
    "sharing",
    "sign",
    "signup",
    "sitemap",
    "skip",
    "slideshow",
    "sponsored",
    "subscribe",
    "subscriber",
    "subscribers",
    "subscription",
    "tap",
    "telegram",
    "terms",
    "tiktok",
    "trending",
    "tweet",
    "twitter",
    "unsubscribe",
    "video",
    "videos",
    "watch",
    "whatsapp",
    "youtube",
];

/// Words an interface line may hold besides the telling ones: what buttons and labels are
/// built from ("Read more", "Back to top", "Log in to your account").
const PLAIN: &[&str] = &[
    "a",
    "about",
    "all",
    "an",
    "and",
    "article",
    "articles",
    "at",
    "back",
    "become",
    "by",
    "check",
    "conditions",
    "content",
    "continue",
    "find",
    "for",
    "free",
    "from",
    "full",
    "here",
    "home",
    "in",
    "join",
    "latest",
    "log",
    "main",
    "member",
    "members",
    "more",
    "my",
    "new",
    "next",
    "now",
    "of",
    "on",
    "or",
    "our",
    "out",
    "page",
    "partner",
    "policy",
    "post",
    "posts",
    "previous",
    "read",
    "reading",
    "section",
    "site",
    "stay",
    "stories",
    "story",
    "the",
    "this",
    "to",
    "today",
    "top",
    "up",
    "updates",
    "us",
    "view",
    "with",
    "you",
    "your",
];

/// Interface lines are this short, in words.
pub(super) const MAX_WORDS: usize = 6;

/// The telling words of `line` when the whole line is interface text ("Check out our podcast"
/// gives ["podcast"]), or `None`. Marks a label uses (& » | : - and a final full stop or
/// ellipsis) are allowed; digits, quotes, brackets and any other word are not.
pub(super) fn telling_words(line: &str) -> Option<Vec<String>> {
    let trimmed = line.trim().trim_end_matches(['.', '…', ':', '!']);
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
