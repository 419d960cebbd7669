"""Page furniture on crawled web pages: cue words inside one-line pages, and what a
corpus repeats across its pages."""

from __future__ import annotations

from dataclasses import replace

from dossier_tui.ingest import cues
from dossier_tui.ingest.furniture import detect
from dossier_tui.ingest.repeats import mark_repeats
from dossier_tui.model import Source

STORY = (
    "The river burst its banks on Tuesday night, flooding hundreds of homes in the valley. "
    "Officials said rescue teams had reached the worst-hit villages by morning. "
)


def kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in detect(text)[0]:
        out.setdefault(f.kind, []).append(text[f.start : f.end])
    return out


def story_kept(text: str, sentence: str) -> bool:
    src = Source(id="x", path="x.txt", text=text, furniture=tuple(detect(text)[0]))
    start = text.index(sentence)
    return not src.is_furniture(start, start + len(sentence))


def test_comment_section_runs_from_its_first_header_to_the_foot():
    text = (
        STORY
        + "At 5:49 pm on 05 May 2009, RiverWatcher wrote: Terrible news, thoughts with everyone. "
        "At 6:02 pm on 05 May 2009, jo_k wrote: This comment was removed because the moderators "
        "found it broke the House Rules.\n"
    )
    f = kinds(text)
    assert f["comments"] == [text[text.index("At 5:49") :].rstrip()]
    assert story_kept(text, "Officials said rescue teams had reached")


def test_comment_widgets_and_the_sites_comment_notices():
    text = (
        STORY + "Great reporting. | Reply | Report abuse | Recommend (4) "
        "We welcome comments that advance the story through relevant opinion. "
        "Views expressed in the comments do not represent those of the publisher.\n"
    )
    f = kinds(text)
    assert any("| Reply | Report abuse | Recommend (4)" in x for x in f["comments"])
    assert any(x.startswith("Views expressed in the comments") for x in f["comments"])
    assert story_kept(text, "The river burst its banks")


def test_a_blog_post_widget_is_not_a_comment_section():
    text = (
        "The first post of the day is about the flood. Posted by Ann Lee at 10:48 AM | Comments (2) | "
        "Permalink The second post of the day is about the rain and the dams upstream.\n"
    )
    f = kinds(text)
    assert f["comments"][-1] == "| Comments (2) | Permalink"
    assert story_kept(text, "The second post of the day")


def test_tweet_side_bar():
    text = (
        STORY
        + "Latest from our team on Twitter riverdesk: Water still rising near the bridge #flood "
        "#valley Like it says @Someone_Else: the best live blog today!\n"
    )
    f = kinds(text)
    assert any("#flood #valley" in x for x in f["social"])
    assert any("@Someone_Else:" in x for x in f["social"])
    assert story_kept(text, "Officials said rescue teams")


def test_a_quoted_hashtag_and_garbled_characters_are_not_a_side_bar():
    text = (
        'Relatives used the tag " #findthemnow" and " #valleyflood" to search for the missing. '
        "kh #ng c #nh #t nh the text garbled by a bad decoding.\n"
    )
    assert "social" not in kinds(text)


def test_gallery_controls():
    text = STORY + "BACK {current} of {total} NEXT The levee was built in 1952.\n"
    assert kinds(text)["gallery"] == ["BACK {current} of {total} NEXT"]
    assert story_kept(text, "The levee was built in 1952.")


def test_programme_listing_lines():
    text = (
        "PLEASE NOTE: We are unable to offer transcripts for our programme interviews. "
        "Today is broadcast live and the running order is subject to change. "
        + STORY
        + "7.00-10 .00 pm CITY RADIO LIVE Presenter/Ann Lee, Producer/Bob Ray The evening show.\n"
    )
    f = kinds(text)
    assert "Today is broadcast live and the running order is subject to change." in f["schedule"]
    assert "7.00-10 .00 pm CITY RADIO LIVE" in f["schedule"]
    assert "Presenter/Ann Lee, Producer/Bob Ray" in f["schedule"]
    assert any("unable to offer transcripts" in x for x in f["notice"])
    assert story_kept(text, "The river burst its banks")


def test_media_notices():
    text = (
        STORY
        + "To play this content JavaScript must be turned on and the latest Flash player installed. "
        "Can not play media. Sorry, this media is not available in your territory. "
        "The water has since receded.\n"
    )
    f = kinds(text)
    assert (
        "To play this content JavaScript must be turned on and the latest Flash player installed."
        in f["notice"]
    )
    assert "Sorry, this media is not available in your territory." in f["notice"]
    assert story_kept(text, "The water has since receded.")


def test_blurbs_share_bars_and_footers():
    text = (
        STORY + "Share this article Email this to a friend "
        "I'm Ann Lee, the paper's science editor. This is my blog for discussion of rivers and weather. "
        "These are some of the popular topics this blog covers. Terms of Service | Privacy Policy\n"
    )
    f = kinds(text)
    assert "Share this article" in f["share"]
    assert "This is my blog for discussion of rivers and weather." in f["promo"]
    assert "Terms of Service | Privacy Policy" in f["footer"]


def test_cues_leave_a_plain_story_alone():
    assert cues.find(STORY * 3) == []


def test_a_long_one_line_page_is_never_one_piece_of_furniture():
    text = "Ann Lee is a reporter for the paper. " + STORY * 8 + "\n"
    assert all(f.end - f.start < 200 for f in detect(text)[0])


# ---------------------------------------------------------------- across a corpus
TEASER = "The pun - ancient artform, or the lowest form of wit?"
AGENCY = "At least 75,000 bodies have so far been buried in mass graves, the government has said."
STRIP = "An ultra-low latency infrastructure for electronic trading and data distribution"


def page(i: int, published: str, extra: str) -> Source:
    body = (
        f"Page {i} opens with its own news: crews cleared road number {i} after the storm "
        f"and {i * 7} families went home. " + extra
    )
    return Source(id=f"p{i:02d}", path=f"p{i:02d}.txt", text=body, published=published)


def corpus() -> list[Source]:
    out = []
    for i in range(20):
        month = 1 + i % 6  # pages published months apart
        extra = f"The mayor visited district {i} on the day. " + TEASER
        if i in (3, 4, 5):
            extra = AGENCY + f" Aid flights resumed at airport {i}. " + TEASER
        if i >= 15:
            extra += " " + STRIP
        out.append(page(i, f"2010-{month:02d}-{10 + (i in (3, 4, 5)):02d}", extra))
    for j, i in enumerate((3, 4, 5)):  # agency copy: three pages within days of each other
        out[i] = replace(out[i], published=f"2010-01-1{j}")
    return out


def repeated(src: Source) -> list[str]:
    return [src.text[f.start : f.end] for f in src.furniture if f.kind == "repeated"]


def test_a_teaser_on_many_pages_is_furniture():
    marked = mark_repeats(corpus())
    assert all(any(TEASER in r for r in repeated(s)) for s in marked)


def test_a_product_strip_published_months_apart_is_furniture():
    marked = mark_repeats(corpus())
    assert all(any(STRIP in r for r in repeated(s)) for s in marked[15:])


def test_agency_copy_reused_within_days_stays_story():
    marked = mark_repeats(corpus())
    for s in marked[3:6]:
        start = s.text.index(AGENCY)
        assert not s.is_furniture(start, start + len(AGENCY)), repeated(s)


def test_a_phrase_inside_story_sentences_stays():
    name = "the Centers for Disease Control and Prevention in Atlanta"
    pages = [
        Source(
            id=f"q{i}",
            path=f"q{i}.txt",
            published=f"2009-0{1 + i % 6}-01",
            text=f"Doctor number {i} at {name} said on day {i} that cases were rising.",
        )
        for i in range(12)
    ]
    assert all(not repeated(s) for s in mark_repeats(pages))


def test_a_small_corpus_is_left_alone():
    pages = [page(i, "2023-08-09", TEASER) for i in range(2)]
    assert mark_repeats(pages) == pages


def test_repeats_keep_offsets_and_earlier_furniture():
    marked = mark_repeats(corpus())
    for before, after in zip(corpus(), marked):
        assert after.text == before.text
        assert set(before.furniture) <= set(after.furniture)
        assert all(0 <= f.start < f.end <= len(after.text) for f in after.furniture)


def test_page_time_stamps_credits_and_labels_glued_to_the_story():
    text = (
        "Flood waters rise 8 March 2012 Last updated at 14:07 GMT Help The river burst its banks "
        "on Tuesday night. Photograph: Ann Lee/AP Rescue teams reached the village by morning. "
        "Tuesday 6 March 2012 18.30 GMT Officials said the dam held. Tom Fry/Getty Images "
        "Your stories The water reached our door.\n"
    )
    f = kinds(text)
    assert f["dateline"] == [
        "8 March 2012 Last updated at 14:07 GMT Help",
        "Tuesday 6 March 2012 18.30 GMT",
    ]
    assert f["credit"] == ["Photograph: Ann Lee/AP", "Tom Fry/Getty Images"]
    assert f["section"] == ["Your stories"]
    for sentence in (
        "The river burst its banks",
        "Rescue teams reached the village",
        "Officials said the dam held",
        "The water reached our door",
    ):
        assert story_kept(text, sentence)


def test_a_blog_s_stamp_of_its_own_post_is_furniture_not_a_dated_happening():
    text = (
        "The looting of today has changed from the looting in April. This post was last "
        "changed at 06:36 PM, April 2 2005, at a time when the top headline on the site was "
        "Pope's condition very serious, and there were posts elsewhere tagged with these same "
        "keywords: Iraq politics.\n"
    )
    assert kinds(text)["dateline"][0].startswith("This post was last changed at 06:36 PM")
    assert story_kept(text, "The looting of today has changed")


def test_a_web_server_s_error_left_in_the_page_is_furniture():
    text = (
        "(an error occurred while processing this directive) Katherine Jackson has announced "
        "a tribute concert for Cardiff on 8 October.\n"
    )
    assert kinds(text)["notice"] == ["(an error occurred while processing this directive)"]
    assert story_kept(text, "Katherine Jackson has announced a tribute concert")


def test_a_wire_story_s_reporting_and_editing_credits_are_furniture():
    text = (
        "The pigs posed no risk to humans, police said. (Reporting by Sven Egenter; Editing by "
        "Laura MacInnis) Officials said more tests were due. Additional reporting by Michael "
        "O'Boyle in Mexico City; Laura MacInnis in Geneva. The minister said reporting by "
        "journalists was free.\n"
    )
    assert kinds(text)["credit"] == [
        "(Reporting by Sven Egenter; Editing by Laura MacInnis)",
        "Additional reporting by Michael O'Boyle in Mexico City; Laura MacInnis in Geneva.",
    ]
    assert story_kept(text, "The minister said reporting by journalists was free")


def test_agencies_named_in_the_story_are_not_credits():
    text = "The Associated Press reported the deal. Officials told Reuters the talks would go on.\n"
    assert "credit" not in kinds(text)


def test_readers_views_stamped_as_added_are_a_comment_section():
    text = (
        STORY + "Added: Tuesday, 19 January, 2010, 17:55 GMT 17:55 UK The world must help now. "
        "Added: Tuesday, 19 January, 2010, 17:47 GMT 17:47 UK It is good to see aid arrive.\n"
    )
    assert kinds(text)["comments"] == [text[text.index("Added: Tuesday") :].rstrip()]
    assert story_kept(text, "Officials said rescue teams had reached")
