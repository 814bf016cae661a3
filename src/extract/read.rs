//! Reading the sentences of a paragraph: words, attribution, hedges,
//! answers and dates, with what one sentence lends the next (the people
//! named so far, a quotation left open at the end of a paragraph).

use chrono::NaiveDate;
use foldhash::HashMap;

use super::answers;
use super::attribution::{self, Found, People};
use super::candidates::collapse;
use super::cues::{masthead_title, speaker_before};
use super::dates::{self, TimeExpr};
use super::denials;
use super::furniture::Furniture;
use super::hedges;
use super::names::{
    is_acronym, is_org, is_presenter_label, is_role, is_unnamed_person, join, presenter_named,
};
use super::notes::Counts;
use super::sentences::{self, Sentence};
use super::speaker::read_speaker;
use super::tokens::{self, label_colon, Token};
use crate::model::ResponseKind;

/// One sentence after reading, before it becomes a candidate or a response.
pub(crate) struct Read<'a> {
    /// Its number among the article's sentences, from 1.
    pub(crate) number: usize,
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) paragraph: usize,
    pub(crate) tokens: Vec<Token<'a>>,
    pub(crate) found: attribution::Found,
    pub(crate) quoted_share: f64,
    pub(crate) quoted_words: usize,
    pub(crate) hedge: Option<String>,
    pub(crate) response: Option<(ResponseKind, usize)>,
    pub(crate) dates: Vec<TimeExpr>,
    pub(crate) future: bool,
    pub(crate) headline: bool,
    /// Page furniture: never a claim nor a response.
    pub(crate) furniture: bool,
    /// A denial in the sentence of the claim it reports: who denies it,
    /// and in what words.
    pub(crate) denial: Option<(String, String, ResponseKind)>,
    /// The first sentence of its paragraph.
    pub(crate) opens: bool,
    /// In a transcript, a paragraph that puts a question ("Q: …").
    pub(crate) question: bool,
}

/// Reads an article paragraph by paragraph, remembering who it names.
pub(crate) struct Reader<'a> {
    text: &'a str,
    published: Option<NaiveDate>,
    people: People,
    pub(crate) counts: Counts,
    /// HTML tags and entities skipped.
    pub(crate) html: usize,
    /// The speaker of a quotation left open at the end of a paragraph: by
    /// custom it goes on in the next one, which opens with a quotation mark.
    open_quote: Option<Found>,
    /// The speaker of a quotation that closed the paragraph before, named
    /// as a person: a paragraph after it that is one quotation, naming no
    /// one, goes on in that voice.
    quote_before: Option<Found>,
    /// The date printed in the page's dateline, and in an "Updated" line.
    dateline: Option<NaiveDate>,
    updated: Option<NaiveDate>,
    /// Whether the dateline was a line that says it is the publication
    /// date ("Published 13 May 2026"), which no later line replaces.
    dateline_published: bool,
    /// Whether `published` was taken from the dateline (the source had none).
    published_from_page: bool,
    /// In a transcript, the labels that put questions, and those that answer.
    interviewers: Vec<String>,
    answerers: Vec<String>,
    /// The one voice that has answered, while only one has (`None` before
    /// any, `Some(None)` once two have): kept as answers are counted, so
    /// that no sentence walks `answerers`.
    sole_answerer: Option<Option<String>>,
    /// For a transcript's label that is a surname alone, how far the text
    /// has been searched for its full name without finding it: the next
    /// label searches only what came after.
    surnames_sought: HashMap<String, usize>,
    /// The presenter the page names above a "PRESENTER:" label, once sought.
    presenter: Option<Option<String>>,
    /// Speaker labels in ordinary capitals ("Jonathan Greave:"), and
    /// whether the text before named that person.
    labels_sought: HashMap<String, bool>,
    /// For a label in capitals of two words or more ("DAVID REILLY:") not
    /// yet known as a person: how far the text has been searched for the
    /// name it gives ("David Reilly") without finding it.
    names_sought: HashMap<String, usize>,
    /// The agency a wire story's dateline names ("VELSK, April 15 (EWS) -").
    outlet: Option<String>,
    /// How many lines each name in capitals opens as a speaker label
    /// ("DAVID GRANT:"), counted over the whole text the first time a
    /// paragraph opens with capitals.
    caps_labels: Option<HashMap<String, usize>>,
    /// In a transcript, the one the page says was questioned or
    /// interviewed ("…, Leopold Achebe-Farrant, was questioned by the
    /// committee"), who answers under every label of theirs.
    witness: Option<String>,
    /// How many labelled paragraphs have sought `witness`.
    witness_sought: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(text: &'a str, published: Option<NaiveDate>) -> Self {
        Reader {
            text,
            published,
            people: People::for_masthead(masthead_title(text)),
            counts: Counts::default(),
            html: 0,
            open_quote: None,
            quote_before: None,
            dateline: None,
            updated: None,
            dateline_published: false,
            published_from_page: false,
            interviewers: Vec::new(),
            answerers: Vec::new(),
            sole_answerer: None,
            surnames_sought: HashMap::default(),
            caps_labels: None,
            witness: None,
            witness_sought: 0,
            presenter: None,
            labels_sought: HashMap::default(),
            names_sought: HashMap::default(),
            outlet: None,
        }
    }

    /// The full names the text prints, for scratch readings of its clauses.
    pub(crate) fn printed(&self) -> &super::names::Printed {
        &self.people.printed
    }

    /// The publication date relative expressions are read against.
    pub(crate) fn published(&self) -> Option<NaiveDate> {
        self.published
    }

    /// The publication date the page prints: its dateline, else the date
    /// it was updated.
    pub(crate) fn page_date(&self) -> Option<NaiveDate> {
        self.dateline.or(self.updated)
    }

    /// Vouch for a speaker label in ordinary capitals opening a paragraph
    /// ("Jonathan Greave: Those are …") when the text before names that
    /// person other than as a label ("Witnesses: Jonathan Greave, Chief
    /// Executive, …"). Each name is sought once.
    fn vouch(&mut self, tokens: &mut [Token], start: usize) {
        let Some(n) = tokens::unvouched_label(tokens) else {
            return;
        };
        let name = &self.text[tokens[0].start..tokens[n - 1].end];
        let named = match self.labels_sought.get(name) {
            Some(&known) => known,
            // (each new name searches the text before it once: a text of
            // more distinct such labels than a hearing has witnesses is
            // no transcript, and searching for each would take time in
            // the square of its length)
            None if self.labels_sought.len() >= LABELS_SOUGHT => false,
            None => {
                let before = &self.text[..start];
                let known = before.match_indices(name).any(|(at, _)| {
                    let after = before[at + name.len()..].chars().next();
                    let prior = before[..at].chars().next_back();
                    !after.is_some_and(|c| c.is_alphanumeric() || c == ':')
                        && !prior.is_some_and(char::is_alphanumeric)
                });
                self.labels_sought.insert(name.to_string(), known);
                known
            }
        };
        if named {
            tokens::vouch_label(tokens);
        }
    }

    /// Note the date a line of furniture prints; a dateline dates what
    /// follows when the source has no publication date.
    fn furniture_date(&mut self, kind: Furniture, tokens: &[Token]) {
        // (read only when the line can give the page a date: a dateline
        // before the first, or the "Published" line over a bare one; the
        // first "Updated" line)
        let text = self.text;
        let day = || {
            dates::find(text, tokens, None, false)
                .into_iter()
                .find_map(|d| d.from.filter(|f| Some(*f) == d.to))
                .or_else(|| {
                    let (first, last) = (tokens.first()?, tokens.last()?);
                    super::furniture::printed_day(&text[first.start..last.end])
                })
        };
        // "Published 13 May 2026" says which of the page's dates is the
        // publication date: it replaces a bare date line before it (a
        // hearing's "Tuesday 12 May 2026" above a transcript).
        let says_published = tokens
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| matches!(t.low(), "published" | "first"))
            && tokens.iter().take(3).any(|t| t.low() == "published");
        match kind {
            Furniture::Dateline
                if self.dateline.is_none() || (says_published && !self.dateline_published) =>
            {
                let day = day();
                if self.dateline.is_some() && day.is_none() {
                    return;
                }
                self.dateline = day;
                self.dateline_published = says_published;
                if self.published.is_none() || self.published_from_page {
                    self.published = day;
                    self.published_from_page = true;
                }
            }
            Furniture::Updated if self.updated.is_none() => self.updated = day(),
            _ => {}
        }
    }

    /// Read the sentences of one paragraph; `first` is the index of its
    /// first sentence in the article.
    pub(crate) fn paragraph(&mut self, para: &[Sentence], first: usize) -> Vec<Read<'a>> {
        let text = self.text;
        let (Some(head), Some(tail)) = (para.first(), para.last()) else {
            return Vec::new();
        };
        let ends: Vec<usize> = para.iter().map(|s| s.end).collect();
        let quoted = sentences::quoted_ranges(text, head.start, tail.end, &ends);
        let mut reads: Vec<Read> = Vec::with_capacity(para.len());
        // "STOJKOVSKA: …": a transcript's speaker label holds for the paragraph.
        let mut label: Option<Found> = None;
        let mut question = false;
        for (k, s) in para.iter().enumerate() {
            let mut tokens = tokens::tokenize(text, s.start, s.end, &quoted, &mut self.html);
            if k == 0 && s.furniture.is_none() {
                self.vouch(&mut tokens, s.start);
            }
            if let Some(kind) = s.furniture {
                self.furniture_date(kind, &tokens);
                reads.push(Read {
                    number: first + k + 1,
                    start: s.start,
                    end: s.end,
                    paragraph: s.paragraph,
                    tokens,
                    found: Found::default(),
                    quoted_share: 0.0,
                    quoted_words: 0,
                    hedge: None,
                    response: None,
                    dates: Vec::new(),
                    future: false,
                    headline: false,
                    furniture: true,
                    denial: None,
                    opens: k == 0,
                    question: false,
                });
                continue;
            }
            let lows = tokens::lows(&tokens);
            let people = &mut self.people;
            // ", a charge she denies": the claim ends at the comma.
            let closing = denials::closing(&tokens);
            let upto = closing.as_ref().map_or(tokens.len(), |c| c.comma);
            // "Carvalho's team will begin …, she said.": a sentence that
            // opens with a person's possessive is about them.
            if let Some(first) = tokens
                .first()
                .filter(|t| t.lower.ends_with("'s") && t.is_cap())
            {
                if let Some(i) = people.resolve(&[first.base()]) {
                    people.last = Some(i);
                    people.last_unnamed = None;
                }
            }
            let last_org = people.last_org.clone();
            let mut found = attribution::attribute(text, &tokens[..upto], &lows[..upto], people);
            // "… three diplomats told EWS." in EWS's own story: the
            // article itself, no intermediary.
            if k == 0 && self.outlet.is_none() {
                self.outlet = dateline_outlet(text, &tokens);
            }
            if let Some(o) = &self.outlet {
                found.via.retain(|v| v != o);
            }
            if s.headline {
                // A headline names no one for the sentences below it.
                people.last_org = last_org;
            } else if found.speaker.is_none() {
                if let Some(org) = org_subject(text, &tokens).or_else(|| asked_body(text, &tokens))
                {
                    people.last_org = Some(org);
                }
            }
            if !s.headline {
                if let Some(group) = group_subject(text, &tokens) {
                    people.last_group = Some(group);
                } else if let Some(sp) = found.speaker.as_deref().filter(|_| !found.person) {
                    // ("…, said the officials, who spoke on condition of
                    // anonymity. They said …": a group that spoke is the
                    // "they" who speaks next)
                    if spoken_by_group(sp) {
                        people.last_group = Some(sp.to_string());
                    }
                }
            }
            let mut response = hedges::response(&tokens, &lows);
            let mut denial = None;
            if let Some(c) = &closing {
                let party = party(text, &tokens[c.party.0..c.party.1], people);
                denial = Some((party, join(text, &tokens[c.phrase.0..c.phrase.1]), c.kind));
                response = None;
            } else if let Some((d, kind)) = denials::denied_story(&tokens)
                .map(|d| (d, ResponseKind::Denied))
                // "has confirmed reports from residents that …": the
                // residents' claim, granted by the subject.
                .or_else(|| denials::granted_story(&tokens).map(|d| (d, ResponseKind::Confirmed)))
                // "has not responded to our questions about a report in the
                // Echo that …": the Echo's claim, unanswered by the subject.
                .or_else(|| {
                    let (kind, at) = response?;
                    denials::answered_story(&tokens, at).map(|d| (d, kind))
                })
            {
                match d.source {
                    // "has denied a story in the Evening Post that …": the
                    // Evening Post's claim, answered by the subject.
                    Some((s, e)) => {
                        let denier = speaker_before(text, &tokens, d.verb, people)
                            .map_or_else(|| "unnamed".to_string(), |(n, _)| n);
                        found = told_by_source(text, &tokens, &d, (s, e), found.via);
                        let said = collapse(&text[tokens[0].start..tokens[tokens.len() - 1].end]);
                        denial = Some((denier, said, kind));
                        response = None;
                    }
                    // "rejected claims that …": an answer to a claim told before.
                    None => response = response.or(Some((ResponseKind::Denied, d.verb))),
                }
            }
            // "The campaign has been overshadowed by a report in the Pelvar
            // daily Obzor on Monday that …": the outlet tells of a story
            // another told, whose claim is the teller's.
            if let Some((d, (s, e))) =
                (denial.is_none() && response.is_none() && found.speaker.is_none())
                    .then(|| denials::told_story(&tokens))
                    .flatten()
                    .and_then(|d| d.source.map(|src| (d, src)))
            {
                found = told_by_source(text, &tokens, &d, (s, e), found.via);
            }
            // "The Royal Thornbury Hospital, which recorded the longest
            // delay, at 14 hours, declined to comment": the reporter's fact,
            // answered by the silence after it.
            if let Some((kind, at)) = response.filter(|&(kind, at)| {
                denial.is_none()
                    && matches!(kind, ResponseKind::Declined | ResponseKind::NoResponse)
                    && denials::relative_fact(&tokens, at)
            }) {
                let party = speaker_before(text, &tokens, at, people)
                    .map_or_else(|| "unnamed".to_string(), |(n, _)| n);
                let said = collapse(&text[tokens[0].start..tokens[tokens.len() - 1].end]);
                denial = Some((party, said, kind));
                // (the reporter's, unless the clause names its source: "who
                // stands to receive about £19m, according to the offer
                // document,")
                if found.cue.as_deref() != Some("according to") {
                    found = Found {
                        via: found.via,
                        ..Found::default()
                    };
                }
                response = None;
            }
            // "On Tuesday morning Ambledown confirmed the approach … It
            // said …": a body that answers is the "it" that follows.
            if let (Some((_, at)), None, None) = (response, &found.speaker, &denial) {
                let last = people.last;
                // (a person who answers is the "he" or "she" after: "Mr
                // Yarwood disagreed. He said he had found no generator.")
                let sp = super::cues::subject(text, &tokens, at, people);
                if !sp.is_some_and(|sp| sp.person) {
                    people.last = last;
                }
            }
            if found.person {
                people.last_unnamed = None;
            } else if found
                .speaker
                .as_deref()
                .is_some_and(|sp| !found.named && is_unnamed_person(sp))
            {
                people.last_unnamed = found.speaker.clone();
            } else if let Some(relayer) = found.via.last().filter(|v| is_unnamed_person(v)) {
                // "One practice manager in Devon … said the partners had
                // told staff …": the one who relays it, for a "she" after.
                people.last_unnamed = Some(relayer.clone());
            }
            if !found.person {
                let before = people.last;
                people.observe(text, &tokens);
                if people.last != before {
                    people.last_unnamed = None;
                }
            } else {
                let last = people.last;
                people.observe(text, &tokens);
                people.last = last;
            }
            if k == 0 {
                let caps_labels: &HashMap<String, usize> =
                    if tokens.first().is_some_and(in_capitals) {
                        self.caps_labels
                            .get_or_insert_with(|| caps_label_counts(text))
                    } else {
                        &HashMap::default()
                    };
                label = speaker_label(
                    &text[..s.start],
                    &tokens,
                    people,
                    (&mut self.surnames_sought, &mut self.names_sought),
                    &mut self.presenter,
                    (self.interviewers.len() + self.answerers.len(), caps_labels),
                );
                question = tokens.get(1).is_some_and(|t| t.text == ":")
                    && tokens
                        .first()
                        .is_some_and(|t| matches!(t.text, "Q" | "QUESTION" | "REPORTER"))
                    // "Q3 Mark Ellery: …": a committee's numbered question.
                    || tokens
                        .first()
                        .is_some_and(|t| tokens::is_question_number(t.text))
                        && label_colon(&tokens).is_some();
                // A named interviewer: whoever's first paragraph under a
                // label ends with a question puts the questions after it.
                if let Some(name) = label.as_ref().and_then(|l| l.speaker.clone()) {
                    // ("The chief executive, Leopold Achebe-Farrant, was
                    // questioned by the committee": the one the page says
                    // was questioned answers, and every other voice puts
                    // questions, with a question mark or without)
                    // (sought among everyone the introduction named, at the
                    // first labels only: the first voice may be the one
                    // who asks)
                    if self.witness.is_none() && self.witness_sought < 3 {
                        self.witness_sought += 1;
                        let mut top = s.start.min(INTRODUCTION);
                        while !text.is_char_boundary(top) {
                            top -= 1;
                        }
                        let intro = &text[..top];
                        // (the voices heard most first, then by name, so
                        // that the same text always gives the same witness)
                        let mut labels: Vec<(&String, &usize)> = self
                            .caps_labels
                            .get_or_insert_with(|| caps_label_counts(text))
                            .iter()
                            .collect();
                        labels.sort_unstable_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
                        let voices = labels.into_iter().take(20).map(|(label, _)| {
                            label
                                .split(' ')
                                .map(title_case)
                                .collect::<Vec<_>>()
                                .join(" ")
                        });
                        self.witness = std::iter::once(name.clone())
                            .chain(voices)
                            .find(|n| questioned_in(intro, n));
                    }
                    // (by the full name, or by the surname alone on either
                    // side: "GRANT:" for David Grant, not Sarah Grant)
                    let witness = self.witness.as_ref().map(|w| {
                        let surname = |n: &str| n.rsplit(' ').next().map(str::to_string);
                        let alone = !w.contains(' ') || !name.contains(' ');
                        if w == &name || (alone && surname(w) == surname(&name)) {
                            &name
                        } else {
                            w
                        }
                    });
                    // (or one who gives an outlet in the label, a
                    // journalist from the floor: "SOFIA MENDES (RTV Sul):
                    // Chief, residents told us …" puts a question with no
                    // question mark)
                    let asks = witness != Some(&name)
                        && (witness.is_some()
                            || text[head.start..tail.end].trim_end().ends_with('?')
                            || label_colon(&tokens)
                                .or_else(|| role_label(&tokens))
                                .is_some_and(|(name, colon)| colon > name));
                    // (or the first voice to end a paragraph with a question,
                    // when the interviewer opened with a greeting: "Let's
                    // start with fares. …" and later "… Is that true?")
                    if !self.interviewers.contains(&name)
                        && asks
                        && (!self.answerers.contains(&name) || self.interviewers.is_empty())
                    {
                        self.answerers.retain(|a| *a != name);
                        // (counted again from those left, in the walk
                        // `retain` already made)
                        self.sole_answerer = self.answerers.first().map(|one| {
                            self.answerers.iter().all(|a| a == one).then(|| one.clone())
                        });
                        self.interviewers.push(name.clone());
                    } else if !self.interviewers.contains(&name) {
                        self.sole_answerer = match self.sole_answerer.take() {
                            None => Some(Some(name.clone())),
                            Some(Some(one)) if one == name => Some(Some(one)),
                            Some(_) => Some(None),
                        };
                        self.answerers.push(name.clone());
                    }
                    question |= self.interviewers.contains(&name);
                }
            }
            // The words, those quoted, and the commonest words of English
            // (for the notes), in one pass.
            let (mut words, mut quoted_words, mut english) = (0, 0, 0);
            for t in tokens.iter().filter(|t| t.is_word()) {
                words += 1;
                quoted_words += usize::from(t.quoted);
                english += usize::from(t.low().len() <= 4 && is_commonest(t.low()));
            }
            if let Some(l) = &label {
                // "COLWYN FANSHAW: You announced in January that payment
                // rates would rise by 8% next year.": what the one put the
                // question to said, told by the one who asks.
                let told_to = (found.speaker.is_none())
                    .then(|| addressee_said(&lows))
                    .flatten()
                    .and_then(|at| {
                        let asker = l.speaker.clone()?;
                        // (the one questioned, or the one voice that has
                        // answered)
                        let witness = self
                            .witness
                            .clone()
                            .or_else(|| self.sole_answerer.clone().flatten())
                            .filter(|w| *w != asker)?;
                        Some(Found {
                            speaker: Some(witness),
                            via: vec![asker],
                            person: true,
                            cue: Some(lows[at].to_string()),
                            cue_at: Some(at),
                            ..Found::default()
                        })
                    });
                match (&found.speaker, told_to) {
                    (None, Some(told_to)) => found = told_to,
                    (None, None) => {
                        // The words under a label are the speaker's own.
                        found = l.clone();
                        quoted_words = words;
                        // A refusal in the speaker's own words neither
                        // confirms nor denies.
                        response = match response {
                            // (not a refusal the speaker relates: "We asked
                            // the Treasury …, and it declined to comment.")
                            Some((ResponseKind::Declined, at)) if !related_refusal(&lows, at) => {
                                Some((ResponseKind::NonDenial, at))
                            }
                            None => hedges::own_refusal(&tokens, &lows, false)
                                .or_else(|| hedges::own_denial(&tokens, &lows, false))
                                .or_else(|| answers::deflection(&tokens, &lows, false)),
                            other => other,
                        };
                    }
                    // "DAVID REILLY: The Lanmore Herald reported …": the
                    // Herald's words, passed on by whoever speaks.
                    // "PRESENTER: Your government promised 1.5 million new
                    // homes …": a deed of the one addressed, told by whoever
                    // speaks.
                    (Some(sp), _) if addressee_pledge(sp, found.cue.as_deref(), &lows) => {
                        found = l.clone();
                        quoted_words = words;
                    }
                    (Some(sp), _) => {
                        if let Some(name) = l.speaker.clone() {
                            if *sp != name && !found.via.contains(&name) {
                                found.via.push(name);
                            }
                        }
                    }
                }
            }
            let counts = &mut self.counts;
            counts.words += words;
            counts.english += english;
            let future = dates::is_future(&tokens);
            let dates = dates::find(text, &tokens, self.published, future);
            counts.relative += dates.iter().filter(|d| d.relative).count();
            reads.push(Read {
                number: first + k + 1,
                start: s.start,
                end: s.end,
                paragraph: s.paragraph,
                hedge: hedges::find(text, &tokens, &lows),
                response,
                quoted_share: if words == 0 {
                    0.0
                } else {
                    quoted_words as f64 / words as f64
                },
                quoted_words,
                tokens,
                found,
                dates,
                future,
                headline: s.headline,
                furniture: false,
                denial,
                // (past a greeting alone: "Good morning. The figure is lower
                // than that." opens its answer with the figure)
                opens: k == 0 || k == 1 && reads.last().is_some_and(|g| greeting(&g.tokens)),
                question,
            });
        }
        // ("\"That contract kept two of our four presses running,\" said
        // the managing director, Algernon Pilkingford." then "\"We are
        // talking to three potential new customers …\"": a paragraph that
        // is one quotation, naming no one, goes on in the voice just
        // quoted)
        let whole_quote = reads
            .first()
            .is_some_and(|r| text[r.start..].starts_with(['"', '\u{201C}']))
            && reads
                .iter()
                .all(|r| r.found.speaker.is_none() && r.quoted_share >= 0.75)
            // (not a question: "\"How many more birthdays …?\" she asked.")
            && !reads.iter().any(|r| r.tokens.iter().any(|t| t.text == "?"));
        let quote_before = self.quote_before.take().filter(|_| whole_quote);
        let carried = self.open_quote.take().or(quote_before);
        borrow_quoted_speakers(&mut reads, carried.as_ref());
        self.quote_before = reads
            .last()
            .filter(|r| r.quoted_words > 0 && r.found.person && r.found.speaker.is_some())
            .map(|r| r.found.clone());
        let left_open = quoted.last().is_some_and(|&(_, e)| {
            e == tail.end && !text[..e].ends_with(['\u{201D}', '"', '\u{BB}', '\u{300D}'])
        });
        if left_open {
            self.open_quote = reads
                .iter()
                .rev()
                .find(|r| r.found.speaker.is_some())
                .map(|r| r.found.clone());
        }
        reads
    }
}

/// Whether a sentence, past a transcript's speaker label, only greets or
/// thanks: "Good morning.", "Good morning, Baptiste.", "Thank you,
/// minister." After the greeting, at most a comma and three words of
/// address.
fn greeting(tokens: &[Token]) -> bool {
    let turn = tokens::after_label(tokens);
    let words: Vec<&str> = turn
        .iter()
        .filter(|t| !matches!(t.text, "." | "!"))
        .map(Token::low)
        .collect();
    let rest = match words.as_slice() {
        ["good", "morning" | "afternoon" | "evening", rest @ ..]
        | ["thank", "you", rest @ ..]
        | ["thanks" | "morning" | "hello", rest @ ..] => rest,
        _ => return false,
    };
    match rest {
        [] => true,
        [",", address @ ..] => {
            // (words of address, not "Thanks, but no.")
            (1..=3).contains(&address.len())
                && address
                    .iter()
                    .all(|w| !matches!(*w, "," | "?" | "but" | "and" | "no" | "yes"))
        }
        _ => false,
    }
}

/// The commonest words of English, which tell English text from another
/// language's.
fn is_commonest(w: &str) -> bool {
    matches!(
        w,
        "the" | "of" | "and" | "to" | "in" | "is" | "that" | "said" | "a"
    )
}

/// The agency a wire story's dateline names: "VIENNA, Feb 3 (Northline)
/// -" → "Northline" (a word in brackets, then a dash, in the first twelve
/// tokens, after a place in capitals and a comma).
fn dateline_outlet(text: &str, tokens: &[Token]) -> Option<String> {
    let place = tokens.first().is_some_and(in_capitals);
    let comma = tokens.iter().take(4).any(|t| t.text == ",");
    if !place || !comma {
        return None;
    }
    let open = tokens.iter().take(12).position(|t| t.text == "(")?;
    let close = open + tokens[open..].iter().take(5).position(|t| t.text == ")")?;
    let dash = tokens
        .get(close + 1)
        .is_some_and(|t| matches!(t.text, "-" | "\u{2013}" | "\u{2014}" | "--"));
    let words = &tokens[open + 1..close];
    (dash && !words.is_empty() && words.iter().all(|t| t.is_word() && t.is_cap()))
        .then(|| join(text, words))
}

/// A refusal a transcript's speaker relates of someone else: "it
/// declined to comment", "they declined".
fn related_refusal(lows: &[&str], at: usize) -> bool {
    at > 0 && matches!(lows[at - 1], "it" | "they" | "he" | "she")
}

/// In a transcript's turn, "You announced in January that …", "You said
/// last year that …": the one addressed said it. "You", a verb of saying in
/// the past, then "that" within the five words after it. Gives where the
/// verb is.
fn addressee_said(lows: &[&str]) -> Option<usize> {
    let turn = lows.iter().position(|w| *w == ":").map_or(0, |c| c + 1);
    if lows.get(turn) != Some(&"you") {
        return None;
    }
    let at = turn + 1;
    let said = lows.get(at).is_some_and(|v| {
        matches!(
            *v,
            "said"
                | "announced"
                | "told"
                | "claimed"
                | "promised"
                | "pledged"
                | "insisted"
                | "wrote"
        )
    });
    // (not a negation after the verb: "You said nothing about that")
    let negated = lows
        .get(at + 1)
        .is_some_and(|w| matches!(*w, "nothing" | "never" | "not" | "no"));
    (said && !negated && lows[at + 1..lows.len().min(at + 6)].contains(&"that")).then_some(at)
}

/// "Your government promised 1.5 million new homes": the one addressed
/// (or theirs) pledging a deed, not a statement cited ("Your department's
/// timetable said …", "You promised that …" keep their source).
fn addressee_pledge(speaker: &str, cue: Option<&str>, lows: &[&str]) -> bool {
    let second = speaker
        .split(' ')
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("your") || w.eq_ignore_ascii_case("you"));
    second
        && cue.is_some_and(|c| {
            matches!(
                c,
                "promised" | "pledged" | "vowed" | "promises" | "pledges" | "vows"
            )
        })
        && !lows.contains(&"that")
}

/// How much of a page's top is read for who was questioned: the
/// introduction above a transcript.
const INTRODUCTION: usize = 3_000;

/// Whether `intro` says `name` was questioned or interviewed: the name,
/// then within the next 60 bytes of its sentence "was questioned", "was interviewed",
/// "gave evidence", "appeared before", "faced questions" or "was grilled"
/// ("The chief executive of Brynmor Water, Leopold Achebe-Farrant, was
/// questioned by …"); or "interviewed" or "questioned" within the 40
/// bytes before it, no "by" between ("Sara Quinn interviewed the
/// minister, Owen Blake"; not "was interviewed by Crispin Fairhurst", who
/// asks).
fn questioned_in(intro: &str, name: &str) -> bool {
    if name.is_empty() {
        return false;
    }
    const AFTER: &[&str] = &[
        "was questioned",
        "was interviewed",
        "gave evidence",
        "appeared before",
        "faced questions",
        "was grilled",
    ];
    let mut from = 0;
    while let Some(at) = intro[from..].find(name).map(|k| from + k) {
        let end = at + name.len();
        let mut tail = intro.len().min(end + 60);
        while !intro.is_char_boundary(tail) {
            tail -= 1;
        }
        // (within the name's own sentence)
        let tail = intro[end..tail].find(". ").map_or(tail, |k| end + k);
        let mut head = at.saturating_sub(40);
        while !intro.is_char_boundary(head) {
            head += 1;
        }
        let asked_by = |p: &&str| {
            intro[head..at]
                .rfind(*p)
                .is_some_and(|k| !intro[head + k..at].contains(" by "))
        };
        if AFTER.iter().any(|p| intro[end..tail].contains(p))
            || ["interviewed ", "questioned "].iter().any(asked_by)
        {
            return true;
        }
        from = end;
    }
    false
}

/// How many lines of `text` each name in capitals opens as a speaker
/// label: one to four words of capitals (hyphens and apostrophes inside),
/// then a colon, within the line's first 60 bytes ("DAVID GRANT:", "ORLA
/// CASTELLANO-REID:"). One pass over the text.
fn caps_label_counts(text: &str) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::default();
    for line in text.lines() {
        let line = line.trim_start();
        let Some(colon) = line.get(..line.len().min(60)).and_then(|h| h.find(':')) else {
            continue;
        };
        let name = &line[..colon];
        let words: Vec<&str> = name.split(' ').collect();
        let is_name = (1..=4).contains(&words.len())
            && words.iter().all(|w| {
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && w.chars().all(|c| {
                        (c.is_alphabetic() && !c.is_lowercase()) || matches!(c, '-' | '\'')
                    })
            });
        if is_name {
            *counts.entry(name.to_string()).or_insert(0) += 1;
        }
    }
    counts
}

/// A word in capitals, as a transcript prints its speakers' names.
fn in_capitals(t: &Token) -> bool {
    t.is_word()
        && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !t.text.chars().any(char::is_lowercase)
}

/// A transcript's speaker label opening a paragraph ("XHAFERI:", "AOIFE
/// CARRAGHER:"), read as the person of that name met before; a full name
/// not met before is taken as printed when the text before names it, or
/// when an outlet in brackets follows it ("ANA LOBO (Valmont Herald):").
/// Titles and a surname ("CHIEF CARVALHAL:") name the person printed in
/// full before, else the person as the label gives them ("Chief
/// Carvalhal"). "PRESENTER:" is the presenter the page names above it
/// ("The Sunday Briefing with Clare Hollis"); "Q:" and unknown single
/// words name no one. Once two voices have spoken under labels (`voices`),
/// a full name in capitals printed nowhere before ("PRIYANKA STELLWOOD:")
/// is a third, as the label gives it; so is one that opens two lines of
/// the text or more (`caps_labels`), a voice that speaks again, as in a
/// transcript printed with no introduction, and any such name once two
/// names in capitals open lines (a dialogue, in which the interviewer may
/// put one question only).
fn speaker_label(
    before: &str,
    tokens: &[Token],
    people: &mut People,
    (sought, names_sought): (&mut HashMap<String, usize>, &mut HashMap<String, usize>),
    presenter: &mut Option<Option<String>>,
    (voices, caps_labels): (usize, &HashMap<String, usize>),
) -> Option<Found> {
    let (end, colon, role) = match tokens::label_colon(tokens) {
        Some((end, colon)) => (end, colon, None),
        None => {
            let (end, colon) = role_label(tokens)?;
            let role = tokens[end + 1..colon - 1].iter().map(|t| t.text);
            // (no part when the brackets tell how the voice was heard)
            let medium = tokens[..colon - 1].last().is_some_and(is_medium);
            (
                end,
                colon,
                (!medium).then(|| role.collect::<Vec<_>>().join(" ")),
            )
        }
    };
    let numbered = tokens
        .first()
        .is_some_and(|t| tokens::is_question_number(t.text));
    let words = &tokens[usize::from(numbered)..end];
    if words.is_empty() {
        return None;
    }
    if !words.iter().all(in_capitals) {
        return mixed_label(before, words, people, sought);
    }
    if let [one] = words {
        if is_presenter_label(one.low()) {
            let name = presenter
                .get_or_insert_with(|| presenter_named(before))
                .clone()?;
            let i = people.remember(&name, None);
            return Some(Found {
                speaker: Some(people.known[i].name.clone()),
                role: people.known[i].role.clone(),
                person: true,
                named: true,
                cue: Some("transcript".into()),
                ..Found::default()
            });
        }
        if one.text.len() < 3 || !(is_acronym(one) || is_capital_surname(one.text)) {
            return None;
        }
    }
    let lows: Vec<&str> = words.iter().map(Token::low).collect();
    // "MINISTER BETTENCOURT:", "CHIEF CARVALHAL:": titles, then the surname
    // of a person printed in full before ("Speakers: Laura Bettencourt,
    // Minister for Civil Protection; …").
    let titled = lows.len() >= 2
        && !is_role(&words[words.len() - 1])
        && words[..words.len() - 1]
            .iter()
            .all(|w| is_role(w) || matches!(w.low(), "mr" | "mrs" | "ms" | "dr" | "prof"));
    let i = match people.resolve(&lows) {
        Some(i) => Some(i),
        // A surname alone ("MORROW-PIKE:"), the full name printed once
        // before it: "Gideon Morrow-Pike joined the trust in 2019."
        None if lows.len() == 1 || titled => {
            if let Some(i) = people.resolve(&lows[lows.len() - 1..]).filter(|_| titled) {
                return Some(found_of(people, i));
            }
            let surname = title_case(words[words.len() - 1].text);
            let from = sought.get(&surname).copied().unwrap_or(0);
            let found = full_name_before(before, &surname, from);
            if found.is_none() {
                // A name that starts before `before`'s end can end after it.
                let mut again = before.len().saturating_sub(surname.len());
                while !before.is_char_boundary(again) {
                    again -= 1;
                }
                sought.insert(surname, again);
            }
            // Titles and a surname printed nowhere in full ("CHIEF
            // CARVALHAL:" with no list of speakers) still name who speaks,
            // as the label gives them: "Chief Carvalhal".
            let name = found.or_else(|| titled.then(|| title_cased(words)));
            name.map(|name| people.remember(&name, None))
        }
        None if lows.len() >= 2 => people.resolve(&lows[lows.len() - 1..]).or_else(|| {
            let name = title_cased(words);
            // Named in the text before: "… spoke to David Reilly on …",
            // or a questioner who gives an outlet: "ANA LOBO (Valmont
            // Herald):".
            let speaks_again = || {
                let label: Vec<&str> = words.iter().map(|w| w.text).collect();
                caps_labels.get(&label.join(" ")).is_some_and(|&n| n >= 2)
            };
            // (or two names in capitals or more open lines of the text: a
            // dialogue, where an interviewer may speak once)
            let unmet = (voices >= 2 || speaks_again() || caps_labels.len() >= 2)
                && lows.len() <= 3
                && words.iter().all(|w| {
                    !is_role(w)
                        && !super::lexicon::ORGS.contains(&w.low())
                        && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
                });
            (colon > end || unmet || printed_before(before, &name, names_sought))
                .then(|| people.remember(&name, role))
        }),
        None => None,
    }?;
    Some(found_of(people, i))
}

/// A speaker label in capitals whose brackets give, in lower case, the
/// speaker's part in the session: "ANGUS FERREIRA-DOYLE (chair):", "JO
/// BLAKE (committee member):". The name's end and the colon's place, as
/// [`label_colon`] gives them; at most three words in the brackets, the
/// last a role (or how the voice was heard: "(recorded)"), nothing but
/// words. "UPDATE (see below):" is none.
pub(crate) fn role_label(tokens: &[Token]) -> Option<(usize, usize)> {
    let name = tokens.iter().take(5).position(|t| !in_capitals(t))?;
    if name == 0 || tokens[name].text != "(" {
        return None;
    }
    let close = name
        + 1
        + tokens[name + 1..]
            .iter()
            .take(4)
            .position(|t| t.text == ")")?;
    let role = &tokens[name + 1..close];
    let lower = |t: &Token| t.is_word() && !t.text.chars().any(char::is_uppercase);
    (!role.is_empty()
        && role.iter().all(lower)
        && (is_role(&role[role.len() - 1]) || is_medium(&role[role.len() - 1]))
        && tokens.get(close + 1).is_some_and(|t| t.text == ":"))
    .then_some((name, close + 1))
}

/// How a voice reached the programme, in a label's brackets:
/// "BRIDGET CAWTHORNE (recorded):", "(on the phone)", "(via video
/// link)". It names no part the speaker plays.
fn is_medium(t: &Token) -> bool {
    matches!(
        t.low(),
        "recorded" | "clip" | "archive" | "phone" | "telephone" | "link" | "line" | "voiceover"
    )
}

/// A speaker label in ordinary capitals, vouched for or numbered as a
/// committee's question: "Jonathan Greave:" is the person of that name;
/// "Q1 Chair:" is whoever the list of members marks as chair ("Members
/// present: Fiona Rendall (Chair); Mark Ellery; …"). The text before is
/// searched for "(Chair)" only past where an earlier label searched it,
/// as `sought` keeps.
fn mixed_label(
    before: &str,
    words: &[Token],
    people: &mut People,
    sought: &mut HashMap<String, usize>,
) -> Option<Found> {
    if let [one] = words {
        let role = one.text;
        if !matches!(
            one.low(),
            "chair" | "chairman" | "chairwoman" | "chairperson" | "convener" | "convenor"
        ) {
            return None;
        }
        let key = format!("({role})");
        let from = sought.get(&key).copied().unwrap_or(0).min(before.len());
        let Some(at) = before[from..].find(&key).map(|k| from + k) else {
            // (a mark that starts before `before`'s end can end after it)
            let mut again = before.len().saturating_sub(key.len());
            while !before.is_char_boundary(again) {
                again -= 1;
            }
            sought.insert(key, again.max(from));
            return None;
        };
        sought.insert(key, at);
        let name: Vec<&str> = before[..at]
            .split_whitespace()
            .rev()
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
            })
            .take(3)
            .collect();
        if name.len() < 2 {
            return None;
        }
        let name: Vec<&str> = name.into_iter().rev().collect();
        let i = people.remember(&name.join(" "), Some(role.to_string()));
        return Some(found_of(people, i));
    }
    let lows: Vec<&str> = words.iter().map(Token::low).collect();
    let i = match people.resolve(&lows) {
        Some(i) => i,
        None => {
            // (named in the text before: "Witnesses: Jonathan Greave, …";
            // each name searched for only past where it was last sought,
            // and no more distinct names than a hearing has witnesses)
            let printed = words.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
            let from = match sought.get(&printed) {
                Some(&from) => from.min(before.len()),
                None if sought.len() >= LABELS_SOUGHT => return None,
                None => 0,
            };
            if !before[from..].contains(printed.as_str()) {
                let mut again = before.len().saturating_sub(printed.len()).max(from);
                while !before.is_char_boundary(again) {
                    again -= 1;
                }
                sought.insert(printed, again);
                return None;
            }
            people.remember(&printed, None)
        }
    };
    Some(found_of(people, i))
}

/// How many distinct names in ordinary capitals an article's labels may
/// have sought in the text before them.
const LABELS_SOUGHT: usize = 64;

/// A label's words in title case ("CHIEF CARVALHAL" → "Chief Carvalhal").
/// Whether `name` is printed in `before`, the text before a label (always
/// the start of the same text). Each name is searched for only past where a
/// search for it last found nothing: no occurrence starts before that
/// offset, so a label repeated through a long transcript does not search
/// the whole text again each time.
fn printed_before(before: &str, name: &str, sought: &mut HashMap<String, usize>) -> bool {
    let from = sought.get(name).copied().unwrap_or(0);
    // (a shorter text before, in a live blog read oldest entry first, was
    // searched already)
    let Some(rest) = before.get(from..) else {
        return false;
    };
    if rest.contains(name) {
        return true;
    }
    // (a name that starts before `before`'s end can end after it)
    let mut again = before.len().saturating_sub(name.len()).max(from);
    while !before.is_char_boundary(again) {
        again -= 1;
    }
    if again > from || !sought.contains_key(name) {
        sought.insert(name.to_string(), again);
    }
    false
}

fn title_cased(words: &[Token]) -> String {
    words
        .iter()
        .map(|w| title_case(w.text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// What a transcript's label says of the known person `i`.
fn found_of(people: &People, i: usize) -> Found {
    let p = &people.known[i];
    Found {
        speaker: Some(p.name.clone()),
        role: p.role.clone(),
        person: true,
        named: true,
        cue: Some("transcript".into()),
        ..Found::default()
    }
}

/// A surname in capitals joined by a hyphen or apostrophe ("MORROW-PIKE",
/// "O'HARE"): letters in capitals, each joiner between two letters.
fn is_capital_surname(word: &str) -> bool {
    let b = word.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b.last().is_some_and(u8::is_ascii_uppercase)
        && b.iter()
            .all(|c| c.is_ascii_uppercase() || matches!(c, b'-' | b'\''))
        && !word.contains("--")
}

/// The last full name in `before` that ends with `surname` ("Gideon
/// Morrow-Pike"): a capitalised first name, not a title, before it.
/// Only a surname starting at `from` or after is looked at (the text
/// before it was searched for that surname already).
fn full_name_before(before: &str, surname: &str, from: usize) -> Option<String> {
    let mut end = before.len();
    while let Some(at) = before.get(from..end).and_then(|b| b.rfind(surname)) {
        let at = from + at;
        end = at;
        let after = before[at + surname.len()..].chars().next();
        if after.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let first = before[..at]
            .strip_suffix(' ')
            .and_then(|b| b.rsplit(|c: char| !c.is_alphabetic()).next());
        let Some(first) = first else { continue };
        let titled = matches!(
            first,
            "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mx" | "Sir" | "Dame" | "Lord" | "Lady" | "Prof"
        );
        if first.len() >= 2
            && first.starts_with(|c: char| c.is_uppercase())
            && first.chars().skip(1).all(char::is_lowercase)
            && !titled
            && !is_common_opener(first)
        {
            return Some(format!("{first} {surname}"));
        }
    }
    None
}

/// A capitalised word that opens a sentence rather than a name: "The",
/// "When".
fn is_common_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "When"
            | "But"
            | "And"
            | "As"
            | "At"
            | "In"
            | "On"
            | "To"
            | "We"
            | "Our"
            | "Then"
            | "So"
            | "If"
            | "For"
            | "With"
            | "By"
            | "After"
            | "Before"
    )
}

/// "CARRAGHER" → "Carragher", "O'BRIEN-SMITH" → "O'Brien-Smith".
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper = true;
    for c in word.chars() {
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        upper = !c.is_alphabetic();
    }
    out
}

/// An organisation opening a sentence as its subject: "The Office for
/// Budget Responsibility has published …", for an "it" that follows.
fn org_subject(text: &str, tokens: &[Token]) -> Option<String> {
    let mut e = usize::from(tokens.first()?.lower == "the");
    let start = e;
    while e < tokens.len()
        && (tokens[e].is_cap()
            || (e > start
                && matches!(tokens[e].low(), "for" | "of" | "and")
                && tokens.get(e + 1).is_some_and(Token::is_cap)))
    {
        e += 1;
    }
    let run = &tokens[start..e];
    if run.is_empty() && start == 1 {
        // "The health authority rejected that. It said …": a body by its
        // common name, a word for a body last, then a verb ("The island's
        // civil protection agency has widened the exclusion zone", up to
        // five words).
        let k = (1..tokens.len().min(6))
            .find(|&k| is_org(&tokens[k]) && !tokens.get(k + 1).is_some_and(is_org))?;
        let next = tokens.get(k + 1)?;
        let plain = |t: &Token| t.is_word() && !t.is_cap() && !t.quoted;
        return (tokens[1..=k].iter().all(plain)
            && plain(next)
            && !matches!(next.low(), "of" | "for" | "and" | "in" | "at" | "on" | "to"))
        .then(|| join(text, &tokens[..=k]));
    }
    let next = tokens.get(e)?;
    // "Holbrook Chemical Storage, which operates the warehouse, has …":
    // a name that takes "which" is a body.
    let which = run.len() >= 2
        && next.lower == ","
        && tokens.get(e + 1).is_some_and(|t| t.lower == "which")
        && !run.iter().any(|t| {
            super::calendar::weekday_of(t.low()).is_some()
                || super::calendar::is_month_word(t.low())
        });
    ((run.iter().any(|t| t.is_cap() && is_org(t)) && next.is_word() && !next.is_cap()) || which)
        .then(|| join(text, &tokens[..e]))
}

/// The body the outlet asked for a response, which the "it" of a silence
/// after is: "We have asked Pellinair, whose flight she was booked on, for
/// a response. It has not yet replied." "We" and a verb of asking, then a
/// name of capitalised words, and "for" a response or comment later on.
fn asked_body(text: &str, tokens: &[Token]) -> Option<String> {
    if tokens.first()?.lower != "we" {
        return None;
    }
    let verb = usize::from(
        tokens
            .get(1)
            .is_some_and(|t| matches!(t.low(), "have" | "had")),
    ) + 1;
    if !tokens
        .get(verb)
        .is_some_and(|t| matches!(t.low(), "asked" | "contacted" | "approached"))
    {
        return None;
    }
    let from = verb + 1;
    let end = from
        + tokens[from..]
            .iter()
            .take_while(|t| t.is_cap() && !t.quoted)
            .count();
    let asked_for = tokens[end..].windows(3).any(|w| {
        w[0].lower == "for"
            && (matches!(w[1].low(), "comment" | "a" | "its" | "their")
                && matches!(w[2].low(), "response" | "comment" | "reply" | "." | ",")
                || w[1].lower == "comment")
    });
    (end > from && asked_for).then(|| join(text, &tokens[from..end]))
}

/// Plural nouns for groups whose findings or words "they" reports.
const GROUPS: &[&str] = &[
    "researchers",
    "scientists",
    "authors",
    "investigators",
    "inspectors",
    "auditors",
    "judges",
    "economists",
    "analysts",
    "officials",
    "experts",
    "doctors",
    "campaigners",
    // ("Two people who have seen the review told Vantore …", "people
    // familiar with the talks")
    "people",
    "sources",
];

/// Whether a speaker is a group of `GROUPS` by its head noun, the last
/// word before any qualifier ("two officials", "the officials", "three
/// officials with knowledge of the talks"), not one of them ("one of the
/// officials") nor a body for them ("a union for officials").
fn spoken_by_group(speaker: &str) -> bool {
    let words: Vec<&str> = speaker.split(' ').collect();
    let head = words
        .iter()
        .position(|w| matches!(*w, "with" | "familiar" | "at" | "for" | "of" | "who"))
        .unwrap_or(words.len());
    words[..head].last().is_some_and(|w| GROUPS.contains(w))
}

/// A group opening a sentence as its subject: "The researchers, from the
/// University of Ostermark, analysed …" (the determiner and the noun), for
/// a "They found that …" after it.
fn group_subject(text: &str, tokens: &[Token]) -> Option<String> {
    let k = usize::from(tokens.first()?.lower == "the");
    let head = tokens.get(k)?;
    (GROUPS.contains(&head.low()) && !head.quoted).then(|| join(text, &tokens[..=k]))
}

/// The attribution of a story another told, denied, granted or told of
/// ("a story in the Evening Post that …"): its teller by name (`source`,
/// the token range `denials` found), the words from the verb or noun to
/// "that" as the cue, and the intermediaries already read.
fn told_by_source(
    text: &str,
    tokens: &[Token],
    d: &denials::Denied,
    (s, e): (usize, usize),
    via: Vec<String>,
) -> Found {
    Found {
        speaker: Some(attribution::story_source(text, &tokens[s..e])),
        named: true,
        cue: Some(join(text, &tokens[d.verb..=d.that.min(tokens.len() - 1)]).to_lowercase()),
        cue_at: Some(d.verb),
        via,
        ..Found::default()
    }
}

/// Who a party named by a few words is: "she" is the person last spoken
/// of, "Severnside" itself. Reading them does not change who was last named.
fn party(text: &str, np: &[Token], people: &mut People) -> String {
    let last = people.last;
    let sp = read_speaker(text, np, people).map(|s| s.text);
    people.last = last;
    sp.unwrap_or_else(|| join(text, np))
}

/// A quotation with no attribution of its own takes the speaker of the
/// sentence that attributes it, next in the paragraph or just before, or of
/// the quotation the previous paragraph left open.
fn borrow_quoted_speakers(reads: &mut [Read], open_quote: Option<&Found>) {
    for k in 0..reads.len() {
        if reads[k].found.speaker.is_some() || reads[k].quoted_share < 0.5 {
            continue;
        }
        let para = reads[k].paragraph;
        let next = reads
            .get(k + 1)
            .filter(|r| r.paragraph == para && r.found.speaker.is_some());
        let prev = k
            .checked_sub(1)
            .and_then(|j| reads.get(j))
            .filter(|r| r.paragraph == para && r.found.speaker.is_some() && r.quoted_words > 0);
        let from = next.or(prev).map(|r| &r.found).or(open_quote);
        if let Some(from) = from {
            let mut found = from.clone();
            found.cue = Some("quotation".into());
            found.cue_at = None;
            reads[k].found = found;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::role_label;
    use crate::extract::{candidate_with, extract};
    use crate::model::Kind;
    use chrono::NaiveDate;

    #[test]
    fn a_greeting_alone_is_a_greeting_and_a_refusal_after_thanks_is_not() {
        let greets = |text: &str| {
            let t = crate::extract::tokens::tokenize(text, 0, text.len(), &[], &mut 0);
            super::greeting(&t)
        };
        for text in [
            "Good morning.",
            "VEVINA OSGATHORPE: Good morning.",
            "Thank you, Rhian.",
            "Good morning, Baptiste.",
        ] {
            assert!(greets(text), "{text}");
        }
        for text in [
            "Thanks, but no.",
            "Good morning, and thank you for having me on the programme today.",
            "Good morning. We paid 400 farmers.",
        ] {
            assert!(!greets(text), "{text}");
        }
    }

    #[test]
    fn a_name_searched_for_again_is_found_past_where_it_was_last_sought() {
        use super::printed_before;
        let text = "The committee met on Tuesday. Witnesses: David Reilly, chief executive. \
                    Later the chair spoke.";
        let at = text.find("David").unwrap();
        let mut sought = foldhash::HashMap::default();
        // Not in the text before it, nor again in a shorter text.
        assert!(!printed_before(&text[..at], "David Reilly", &mut sought));
        assert!(!printed_before(
            &text[..at - 10],
            "David Reilly",
            &mut sought
        ));
        // Half printed at the end of what was searched, then whole.
        assert!(!printed_before(
            &text[..at + 8],
            "David Reilly",
            &mut sought
        ));
        assert!(printed_before(
            &text[..at + 12],
            "David Reilly",
            &mut sought
        ));
        assert!(printed_before(text, "David Reilly", &mut sought));
        // Another name is sought from the start.
        assert!(printed_before(text, "The committee", &mut sought));
        assert!(!printed_before(text, "Ann Kerr", &mut sought));
        assert!(!printed_before(text, "Ann Kerr", &mut sought));
    }

    #[test]
    fn an_introduction_cut_inside_a_character_is_cut_before_it() {
        // (the 3,000th byte inside "é": no panic, and the witness still
        // read)
        let mut text = String::from("Léo Farrant was questioned by the committee. ");
        while text.len() < 2_999 {
            text.push_str("Ok. ");
        }
        text.truncate(2_999);
        text.push_str("é\n\nORLA REID: Your company spilled sewage for 41,000 hours last year?\n\nLÉO FARRANT: That is correct.\n\nORLA REID: Thank you.");
        let x = extract(&text, NaiveDate::from_ymd_opt(2026, 10, 13));
        assert!(!x.candidates.is_empty());
    }

    #[test]
    fn the_introduction_says_who_was_questioned() {
        for (intro, name) in [
            ("The chief executive of Brynmor Water, Leopold Achebe-Farrant, was questioned by the committee.", "Leopold Achebe-Farrant"),
            ("Leo Farrant, of Brynmor Water, gave evidence on Tuesday.", "Leo Farrant"),
            ("Sara Quinn interviewed the digital minister, Owen Blake.", "Owen Blake"),
        ] {
            assert!(super::questioned_in(intro, name), "{intro}");
        }
        for (intro, name) in [
            // (the one who asks, and one the page names otherwise)
            ("The chief constable, Maeve Lindgren, was interviewed on The Weekend Hour by Crispin Fairhurst.", "Crispin Fairhurst"),
            ("Leo Farrant chairs the board. The minister was questioned by MPs.", "Leo Farrant"),
            ("Nobody was questioned.", "Leo Farrant"),
        ] {
            assert!(!super::questioned_in(intro, name), "{intro}");
        }
    }

    #[test]
    fn a_label_named_only_after_its_first_turns_names_who_speaks_once_it_is() {
        let mut text = String::from("The inquiry sat on Monday.\n\n");
        for _ in 0..3 {
            text.push_str("DAVID REILLY: The budget rose by 12% last year.\n\n");
        }
        text.push_str("Evidence was also given by David Reilly, the chief executive.\n\n");
        text.push_str("DAVID REILLY: The trust cut 300 jobs in 2025.");
        let x = extract(&text, NaiveDate::from_ymd_opt(2026, 6, 10));
        let last = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("300 jobs"))
            .unwrap();
        assert_eq!(last.speaker.as_deref(), Some("David Reilly"));
        // (and the turns before it too: a label that opens several lines
        // is a voice that speaks again, named or not)
        let first = x
            .candidates
            .iter()
            .find(|c| c.quote.contains("12%"))
            .unwrap();
        assert_eq!(first.speaker.as_deref(), Some("David Reilly"));
        // A label in capitals printed once, and named nowhere, is none.
        let text = "The inquiry sat on Monday.\n\nDAVID REILLY: The budget rose by 12% last year.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 6, 10));
        assert!(x.candidates.iter().all(|c| c.speaker.is_none()), "{x:#?}");
    }

    #[test]
    fn a_label_with_the_speakers_part_in_brackets_names_who_speaks() {
        // (seen: a committee's edited transcript, its chair so marked)
        let text = "The chief executive, Morwenna Tallis, was questioned by MPs on Wednesday.\n\nANGUS FERREIRA-DOYLE (chair): Ms Tallis, your company cancelled 1,312 sailings last year. Do you accept those figures?\n\nMORWENNA TALLIS: Yes, that's correct.\n\nANGUS FERREIRA-DOYLE: The contract for those ships has risen from \u{a3}96 million to \u{a3}171 million.\n\nMORWENNA TALLIS: That's right.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
        let c = candidate_with(&x, "1,312 sailings");
        assert_eq!(c.speaker.as_deref(), Some("Angus Ferreira-Doyle"));
        assert_eq!(c.kind, Kind::DirectQuote);
        let c = candidate_with(&x, "171 million");
        assert_eq!(c.speaker.as_deref(), Some("Angus Ferreira-Doyle"));
        // The same shape in other words: a member, two words in brackets.
        let text = "The council's scrutiny panel met on Monday.\n\nJO BLAKE (committee member): The depot closed 14 of its 20 bays in March.\n\nPAUL ODENSE: That is not true.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
        let c = candidate_with(&x, "20 bays");
        assert_eq!(c.speaker.as_deref(), Some("Jo Blake"));
    }

    #[test]
    fn a_third_voice_in_capitals_never_printed_before_is_who_speaks() {
        // (seen: a committee member first named by her label, citing a
        // paper in her question)
        let text = "The chief executive, Morwenna Tallis, was questioned by MPs on Wednesday.\n\nANGUS FERREIRA-DOYLE (chair): Ms Tallis, your company cancelled 1,312 sailings last year.\n\nMORWENNA TALLIS: Yes, that's correct.\n\nPRIYANKA STELLWOOD: The Island Times reported last month that the board chose to patch the engines on the MV Skerrymore in 2024.\n\nMORWENNA TALLIS: No, that is simply not true.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
        let c = candidate_with(&x, "patch the engines");
        assert_eq!(c.speaker.as_deref(), Some("The Island Times"));
        assert_eq!(c.via, ["Priyanka Stellwood"]);
        // The same shape in other words: the new voice's own words.
        let text = "The council's scrutiny panel questioned the depot's manager, Paul Odense, on Monday.\n\nJO BLAKE (committee member): The depot closed 14 of its 20 bays in March.\n\nPAUL ODENSE: That is not true.\n\nMARTA KOWALCZYK: The depot handled 9,000 parcels a day in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
        let c = candidate_with(&x, "9,000 parcels");
        assert_eq!(c.speaker.as_deref(), Some("Marta Kowalczyk"));
        assert_eq!(c.kind, Kind::DirectQuote);
        // Not before two voices have spoken under labels, nor words of a
        // body or a title.
        let text =
            "BREAKING NEWS: The depot handled 9,000 parcels a day in 2025, the council said.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
        assert_ne!(
            candidate_with(&x, "9,000 parcels").speaker.as_deref(),
            Some("Breaking News")
        );
        let text = "JO BLAKE (committee member): The depot closed 14 of its 20 bays in March.\n\nPAUL ODENSE: That is not true.\n\nCOUNCIL STATEMENT: The depot handled 9,000 parcels a day in 2025.";
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 4, 15));
        assert_ne!(
            candidate_with(&x, "9,000 parcels").speaker.as_deref(),
            Some("Council Statement")
        );
    }

    #[test]
    fn brackets_that_give_no_part_make_no_label() {
        let label = |text: &str| {
            let t = crate::extract::tokens::tokenize(text, 0, text.len(), &[], &mut 0);
            role_label(&t)
        };
        assert_eq!(label("ANGUS DOYLE (chair): Good morning."), Some((2, 5)));
        assert_eq!(label("JO BLAKE (committee member): Yes."), Some((2, 6)));
        // How the voice was heard (seen): a label, naming no part.
        let text = "RENNISON: Let's hear from one of them. Bridget Cawthorne's bungalow was demolished in August.\n\nBRIDGET CAWTHORNE (recorded): We paid \u{a3}185,000 for that house in 2019.";
        assert_eq!(
            label("BRIDGET CAWTHORNE (recorded): We paid."),
            Some((2, 5))
        );
        let x = extract(text, NaiveDate::from_ymd_opt(2026, 11, 3));
        let c = candidate_with(&x, "185,000");
        assert_eq!(c.speaker.as_deref(), Some("Bridget Cawthorne"));
        assert_eq!(c.role, None);
        for text in [
            "UPDATE (see below): the road is shut.",
            "JOHN SMITH (chair) won the vote.",
            "JOHN SMITH (Labour chair): Yes.",
            "John Smith (chair): Yes.",
            "(chair): Yes.",
            "JOHN SMITH (a very long aside here chair): Yes.",
        ] {
            assert_eq!(label(text), None, "{text}");
        }
    }
}
