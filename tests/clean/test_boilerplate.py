from storyline.clean.boilerplate import clean_text, looks_cluttered

FLOOD_BODY = [
    "LONDON, March 3 (Reuters) - Thousands of residents were evacuated from towns in northern England on Friday "
    "after two rivers burst their banks following three days of torrential rain, officials said.",
    "Rescue teams used boats to reach elderly people trapped in their homes, and the army was put on standby.",
    '"We have never seen anything like this," said Margaret Hill, 71, who has lived on the same street for forty years.',
    "The Environment Agency issued 45 severe flood warnings, the highest level, meaning a danger to life.",
    "Forecasters expect more rain over the weekend.",
]
FLOOD_PAGE = "\n".join(
    [
        "Skip to main content",
        "Monday, November 23, 2026",
        "Home > World > Europe",
        "News",
        "Sport",
        "Business",
        "Culture",
        "Storm floods northern towns as rivers burst their banks",
        "By Jane Doe and John Smith",
        "Published March 3, 2023, at 6:40 PM ET",
        "Share this article",
        "Facebook Twitter Email",
        FLOOD_BODY[0],
        FLOOD_BODY[1],
        "A resident wades through a flooded street in York. (Photo: AGENCY / NAME)",
        FLOOD_BODY[2],
        FLOOD_BODY[3],
        "READ MORE: Government promises new flood defences",
        FLOOD_BODY[4],
        "Related stories",
        "Farmers count cost of wet summer",
        "Drought declared in south-west",
        "Train services cancelled after landslide",
        "Sign up for our morning newsletter",
        "© 2023 Example News Ltd. All rights reserved.",
        "Terms of use | Privacy policy | Contact us",
    ]
)

SENATE_BODY = [
    "The Senate voted 62-38 on Tuesday to approve a $40 billion aid package, sending the measure to the president.",
    "Supporters said the money would keep schools and hospitals open through the winter, while opponents warned "
    "that it would add to the deficit without any plan to pay for it.",
    "The bill now goes to the White House, where aides said it would be signed this week.",
    "Budget Cuts",
    "Several senators said they would push for spending cuts in the next session, a fight that could "
    "shape the campaign season.",
    "Majority leader Tom Baker said the chamber would take up the issue in January.",
]
SENATE_PAGE = "\n".join(
    [
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Politics | World | Business | Opinion | Sport",
        "Senate passes $40 billion aid package",
        "Mary Lee, Reuters",
        "Tue, 11/14/2022 - 17:05",
        "",
        SENATE_BODY[0],
        "Sen. Tom Baker speaks to reporters. NAME/AFP via Getty Images",
        SENATE_BODY[1],
        "Related",
        "House delays vote on farm bill",
        "Governors ask for more federal help",
        SENATE_BODY[2],
        "ADVERTISEMENT",
        SENATE_BODY[3],
        SENATE_BODY[4],
        "Photo by: Jane Roe",
        SENATE_BODY[5],
        "You may also like",
        "Mayor resigns after audit",
        "The city's mayor stepped down on Monday after an audit found missing funds in two departments.",
        "Storm knocks out power to thousands",
        "Crews worked through the night to restore electricity to homes across the region.",
        "New stadium plan unveiled",
        "The team said the project would be privately financed and finished by 2027.",
        "12 Comments",
        "This is a disgrace, they never read the bills they pass and nobody holds them accountable for anything.",
        "Copyright 2022 Capital Times Media. All rights reserved.",
    ]
)


def _all_lines(page: str) -> list[str]:
    return [ln.strip() for ln in page.split("\n") if ln.strip()]


def test_flood_page_keeps_body_and_removes_clutter():
    r = clean_text(FLOOD_PAGE)
    assert r.text.split("\n") == FLOOD_BODY
    assert r.title == "Storm floods northern towns as rivers burst their banks"
    assert r.byline_authors == ["Jane Doe", "John Smith"]
    for clutter in ("Home > World > Europe", "Facebook Twitter Email", "Farmers count cost of wet summer",
                    "Sign up for our morning newsletter", "A resident wades through a flooded street in York. (Photo: AGENCY / NAME)"):
        assert clutter in r.removed
    # Nothing silently lost: every line is either body or removed.
    assert sorted(r.text.split("\n") + r.removed) == sorted(_all_lines(FLOOD_PAGE))


def test_teasers_with_blurbs_comments_and_credits_are_removed():
    r = clean_text(SENATE_PAGE)
    kept = r.text.split("\n")
    assert kept == SENATE_BODY
    assert r.title == "Senate passes $40 billion aid package"
    assert r.byline_authors == ["Mary Lee"]
    for clutter in ("Mayor resigns after audit", "Crews worked through the night to restore electricity to homes across the region.",
                    "Governors ask for more federal help", "Sen. Tom Baker speaks to reporters. NAME/AFP via Getty Images",
                    "Photo by: Jane Roe", "ADVERTISEMENT", "12 Comments"):
        assert clutter in r.removed
    assert not any("disgrace" in k for k in kept)
    assert sorted(kept + r.removed) == sorted(_all_lines(SENATE_PAGE))


def test_clean_article_text_is_left_alone():
    text = "\n".join(FLOOD_BODY)
    assert not looks_cluttered(text)
    assert clean_text(text).text == text
    assert looks_cluttered(FLOOD_PAGE)


def test_page_without_prose_keeps_short_items_and_reports_clutter():
    r = clean_text("Share\nFacebook Twitter\nBreaking: quake hits coast")
    assert r.text == "Breaking: quake hits coast"
    assert "Facebook Twitter" in r.removed


QUAKE_BODY = [
    "A magnitude 6.4 earthquake struck off the coast of southern Peru early on Sunday, shaking buildings in the "
    "capital and sending residents into the streets, the national geophysical institute said.",
    "There were no immediate reports of casualties, although a church tower partially collapsed in one town.",
    "“The shaking lasted almost a minute,” said Lucía Ramos, a shopkeeper in Arequipa.",
    "Peru sits on the Pacific Ring of Fire and is hit by hundreds of quakes each year.",
]
QUAKE_PAGE = "\n".join(
    [
        "This website uses cookies to personalise content. Accept all cookies",
        "Menu",
        "World › Americas",
        "Strong earthquake shakes southern Peru",
        "Rescue teams were sent to remote villages",
        "Sun 5 Nov 2023 09.12 GMT",
        QUAKE_BODY[0],
        "Damaged houses in Arequipa. Photograph: Juan Pérez/EPA",
        QUAKE_BODY[1],
        "Story continues below advertisement",
        QUAKE_BODY[2],
        "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am",
        QUAKE_BODY[3],
        "Most popular",
        "1. Volcano erupts in Iceland",
        "2. Flooding hits Kenya",
        "3. Wildfire spreads in Chile",
        "Police arrest suspect in museum theft",
        "The man was detained at the airport after a two-week search, police said.",
        "Government announces new rail line",
        "The line will connect the two largest cities by 2030, officials said.",
        "Scientists track rare whale",
        "The animal was spotted near the coast for the first time in decades, researchers said.",
        "Privacy policy Terms & conditions Contact us",
    ]
)


def test_guardian_like_page_with_tail_teasers():
    r = clean_text(QUAKE_PAGE)
    assert r.text.split("\n") == QUAKE_BODY
    assert r.title == "Strong earthquake shakes southern Peru"
    for clutter in ("Damaged houses in Arequipa. Photograph: Juan Pérez/EPA", "Story continues below advertisement",
                    "2. Flooding hits Kenya", "The animal was spotted near the coast for the first time in decades, researchers said.",
                    "This website uses cookies to personalise content. Accept all cookies"):
        assert clutter in r.removed
    assert sorted(r.text.split("\n") + r.removed) == sorted(_all_lines(QUAKE_PAGE))


def test_body_sentences_with_clutter_words_are_kept():
    body = [
        "Netflix said on Tuesday it had lost two million subscribers in the quarter, and you could see why.",
        "The old hospital lacked accessibility ramps and had no privacy policy for patients, inspectors wrote.",
        "Getty Images, the photo agency, reported higher revenue on Tuesday, sending its shares up 4%.",
        "By the end of the day, officials had counted more than 300 complaints about the service.",
    ]
    page = "Share this article\nFacebook Twitter Email\n" + "\n".join(body) + "\nSubscribe to our newsletter\n© 2024 Example Media"
    r = clean_text(page)
    assert r.text.split("\n") == body
    assert "Subscribe to our newsletter" in r.removed and "© 2024 Example Media" in r.removed
