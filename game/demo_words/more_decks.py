"""The sample couple's words for the decks their Play rounds add in turn (game.demo.OTHER_DECKS)."""

from __future__ import annotations

from game.demo_words.said import Said

MORE_DECKS: dict[str, Said] = {
    # ---- Hopes & Dreams -------------------------------------------------------------------
    "hopes-and-dreams/happen-once-by-pure-chance": Said(
        amara=("Sharing a lift with Michelle Obama ~ Meeting Michelle Obama",),
        kofi=("Catching a ball in the crowd at the Emirates ~ Catching a ball at an Arsenal match",),
        misses=("Winning the lottery", "Finding a tenner in a coat", "An upgrade on a plane"),
    ),
    "hopes-and-dreams/dream-shrunk-to-fit": Said(
        amara=("Swimming the Channel. Now it's a mile at the lido ~ Swimming the Channel",),
        kofi=("Playing Glastonbury. Now it's weddings in Stockport ~ Playing Glastonbury",),
        misses=("Writing a book", "Running a café", "Living abroad"),
    ),
    "hopes-and-dreams/one-week-job-just-to-say": Said(
        amara=("Runner in the Bake Off tent ~ Working on Bake Off",),
        kofi=("Stadium announcer at the Emirates ~ Announcer at Arsenal",),
        misses=("Lighthouse keeper", "Zookeeper", "Air steward"),
    ),
    "hopes-and-dreams/bought-for-who-youd-become": Said(
        amara=("Running shoes for a marathon I never entered ~ Marathon trainers",),
        kofi=("A Spanish course, still in its wrapper ~ The Spanish course",),
        misses=("A cookbook", "A guitar", "A suit"),
    ),
    "hopes-and-dreams/bet-i-could-make-a-living": Said(
        amara=("Radio. You'd own the drive-time slot ~ Radio DJ",),
        kofi=("Wedding cakes. Three tiers, no bother ~ Baking wedding cakes",),
        misses=("Teaching", "Stand-up comedy", "Interior design"),
    ),
    "hopes-and-dreams/secret-day-off-where": Said(
        amara=("The Turkish baths in Harrogate ~ The baths in Harrogate",),
        kofi=("Every record shop in the Northern Quarter ~ Record shops",),
        misses=("The seaside", "The cinema, on your own", "Bed, all day"),
    ),
    "hopes-and-dreams/hope-dull-to-anyone-else": Said(
        amara=("A Sunday with nothing planned, every week, for ever",),
        kofi=("That we're still doing the big shop together at eighty",),
    ),
    # ---- Everyday Rituals -----------------------------------------------------------------
    "everyday-rituals/hard-patch-habit-kept": Said(
        amara=("Three good things in my notes app every night ~ Writing three good things a day",),
        kofi=("A lap of the park before school ~ Your walk before school",),
        misses=("Running", "Cold showers", "Meditating"),
    ),
    "everyday-rituals/treat-sixteen-you-pities": Said(
        amara=("A brand-new sponge for the washing-up ~ A new sponge",),
        kofi=("Clean sheets on a Sunday night ~ Fresh sheets",),
        misses=("An early night", "Gardeners' World", "A nice pen"),
    ),
    "everyday-rituals/kitchen-job-never-let-me": Said(
        amara=("Seasoning the stew ~ Seasoning",),
        kofi=("Washing the rice. You never rinse it enough ~ Washing the rice",),
        misses=("Washing up", "Carving", "Making the gravy"),
    ),
    "everyday-rituals/ten-minutes-alone-cover-story": Said(
        amara=("'Just putting a wash on' ~ Putting a wash on",),
        kofi=("'Just checking the car' ~ Checking the car",),
        misses=("Having a bath", "Popping to the shop", "Answering emails"),
    ),
    "everyday-rituals/last-half-hour-before-sleep": Said(
        amara=("Reading with the tiny torch ~ Reading by torchlight",),
        kofi=("Football highlights with the sound off ~ Muted football highlights",),
        misses=("Scrolling", "Eating biscuits", "Online shopping"),
    ),
    "everyday-rituals/did-it-well-once-resign": Said(
        amara=("Wrapping everyone's Christmas presents ~ Wrapping presents",),
        kofi=("Carving the turkey ~ Carving",),
        misses=("Putting up shelves", "Booking holidays", "Building flat-pack"),
    ),
    "everyday-rituals/their-first-words-home": Said(
        amara=("'What's that smell? Good smell or bad smell?' ~ 'What's that smell?'",),
        kofi=("'Don't talk to me, I need a wee.' ~ 'I need a wee'",),
        misses=("'Hiya!'", "'What's for dinner?'", "'You'll never guess what happened'"),
    ),
    # ---- Our Story So Far -----------------------------------------------------------------
    "our-story-so-far/assumed-id-be-rubbish-at": Said(
        amara=("Dancing. A DJ who can dance? Never ~ Dancing",),
        kofi=("Cooking anything Ghanaian ~ Ghanaian food",),
        misses=("Driving", "Football", "DIY"),
    ),
    "our-story-so-far/early-quirk-you-can-do": Said(
        amara=("Nodding along to every song, even in Tesco ~ My nodding along",),
        kofi=("'Sorry, sorry, sorry' all the way through a crowd ~ My 'sorry, sorry, sorry'",),
        misses=("My laugh", "How I said hello", "My dancing"),
    ),
    "our-story-so-far/really-into-done-about-twice": Said(
        amara=("Climbing. Indoor. Twice ~ Climbing",),
        kofi=("Jazz ~ Jazz, wasn't it?",),
        misses=("Running", "Yoga", "Camping"),
    ),
    "our-story-so-far/oh-no-one-of-those": Said(
        amara=("Hot sauce on a croissant ~ My hot sauce on a croissant",),
        kofi=("Clapping when the plane landed ~ Clapping on the plane",),
        misses=("Talking about my ex", "Turning up late", "Ordering for both of us"),
    ),
    "our-story-so-far/told-yourself-this-was-at-start": Said(
        amara=("'A summer thing. Just a summer thing.' ~ A summer thing",),
        kofi=("Someone to go to gigs with ~ A gig buddy",),
        misses=("Nothing serious", "A rebound", "Just friends"),
    ),
    "our-story-so-far/kept-in-for-me-before-serious": Said(
        amara=("Shito, for your eggs ~ Shito",),
        kofi=("Oat milk, hidden behind the orange juice ~ Oat milk",),
        misses=("A toothbrush", "My shampoo", "Biscuits"),
    ),
    "our-story-so-far/who-warned-you-off-me": Said(
        amara=("Chidi: 'A wedding DJ, Amara? Really?' ~ Your sister",),
        kofi=("My gran, who asked if you could cook jollof ~ Your gran",),
        misses=("Your mum", "Your best mate", "Nobody"),
    ),
    "our-story-so-far/object-tells-our-story": Said(
        amara=("The wedding playlist you burnt onto a CD for me ~ The CD I made you",),
        kofi=("The chipped blue mug from our first flat ~ The blue mug",),
        misses=("The sofa", "Our front-door key", "The photo on the fridge"),
    ),
    "our-story-so-far/stopped-trying-to-change-me": Said(
        amara=("Your eleven alarms every morning ~ My alarms",),
        kofi=("How you load the dishwasher ~ My dishwasher loading",),
        misses=("My clothes", "My driving", "How late I stay up"),
    ),
    "our-story-so-far/called-me-before-my-name": Said(
        amara=("'The wedding DJ' ~ The DJ",),
        kofi=("'Whitney', after the song you asked me for ~ Whitney",),
        misses=("'The tall one'", "'Trouble'", "'Mr Maybe'"),
    ),
    "our-story-so-far/better-at-now-than-start": Said(
        amara=("Saying sorry before bedtime, not the next day",),
        kofi=("Sharing one duvet without a war",),
    ),
    # ---- Listening & Appreciation ---------------------------------------------------------
    "listening-and-appreciation/noise-youd-miss": Said(
        amara=("You humming Match of the Day in the shower ~ My humming in the shower",),
        kofi=("Your keys landing in the bowl after a shift ~ My keys in the bowl",),
        misses=("My snoring", "My singing", "My laugh"),
    ),
    "listening-and-appreciation/thank-someone-for-me": Said(
        amara=("Dele, for years of Sunday dinners ~ Dele",),
        kofi=("Funmi, for nursing school and everything after ~ Funmi",),
        misses=("My mum", "My nan", "My old flatmate"),
    ),
    "listening-and-appreciation/compliment-bait": Said(
        amara=("'Is this too much?' in my best dress ~ 'Is this too much?'",),
        kofi=("'Was the rice all right, or…?' ~ Asking about the rice",),
        misses=("Asking about a haircut", "A new shirt", "'I look awful'"),
    ),
    "listening-and-appreciation/praise-held-back": Said(
        amara=("Your parallel parking ~ My parking",),
        kofi=("How fast you finish the cryptic crossword ~ My crosswords",),
        misses=("My cooking", "My singing", "My dancing"),
    ),
    "listening-and-appreciation/never-met-always-want-latest": Said(
        amara=("Mrs Osei in the school office, at war with the photocopier ~ Mrs Osei",),
        kofi=("The grandad who brings the ward doughnuts ~ The doughnut grandad",),
        misses=("My cousin in Canada", "My old flatmate", "My boss"),
    ),
    "listening-and-appreciation/what-i-do-you-call-we": Said(
        amara=("Cooking. 'We do a lovely light soup' ~ My light soup",),
        kofi=("The pub quiz. 'We won again' ~ The pub quiz",),
        misses=("DIY", "Gardening", "Planning holidays"),
    ),
    # ---- Best Friends ---------------------------------------------------------------------
    "best-friends/pub-quiz-round-you-pray-for": Said(
        amara=("Music, obviously ~ Music",),
        kofi=("Medicine, and anything from Bake Off ~ Medicine",),
        misses=("Sport", "Geography", "The picture round"),
    ),
    "best-friends/said-seriously-makes-you-laugh": Said(
        amara=("'I'm a very calm driver' ~ That I'm a calm driver",),
        kofi=("'I'll just have one chip' ~ 'Just one chip'",),
        misses=("'I'm not tired'", "'Five more minutes'", "'I'm nearly ready'"),
    ),
    "best-friends/opinion-five-years-tops": Said(
        amara=("That you'll never want a car with heated seats ~ No heated seats",),
        kofi=("That you'll never get into cricket ~ Never liking cricket",),
        misses=("No pineapple on pizza", "No dogs in the house", "Never moving to the country"),
    ),
    "best-friends/game-turns-you-into": Said(
        amara=("Monopoly. I will take your house ~ Monopoly",),
        kofi=("FIFA, with Dele on the other controller ~ FIFA",),
        misses=("Scrabble", "Uno", "Charades"),
    ),
    "best-friends/bad-idea-talked-me-into": Said(
        amara=("Sea swimming at Whitby in April ~ Whitby in April",),
        kofi=("Karaoke at your cousin's fortieth ~ Karaoke",),
        misses=("Camping in the rain", "A puppy", "The tattoo"),
    ),
    "best-friends/briefing-on-the-way-there": Said(
        amara=("Ifeoma. Not her ex, not her diet, not Brexit ~ Ifeoma",),
        kofi=("Marcus from uni. Don't ask about the band ~ Marcus",),
        misses=("Your boss", "Your oldest friend", "Your cousin"),
    ),
    "best-friends/done-badly-on-purpose": Said(
        amara=("Ironing. Your shirts come out with extra creases ~ Ironing",),
        kofi=("Folding fitted sheets ~ The fitted sheets",),
        misses=("Cooking", "Wrapping presents", "Driving"),
    ),
    "best-friends/habit-youre-hoping-for": Said(
        amara=(
            "Yoga before a shift ~ Yoga",
            "Bed before midnight ~ An earlier bedtime",
            "Cooking for the week on a Sunday ~ Sunday meal prep",
        ),
        kofi=(
            "Learning to swim properly ~ Swimming lessons",
            "A run before school ~ Morning runs",
            "Twi on the phone with Nana every week ~ Practising your Twi",
        ),
        misses=("Keeping a diary", "Drinking more water", "The gym"),
    ),
    "best-friends/pick-our-next-door-neighbours": Said(
        amara=("Funmi and the twins. Babysitting, both ways",),
        kofi=("Dele, so the barbecue can go over the fence",),
    ),
    # ---- Plans ----------------------------------------------------------------------------
    "plans/one-wall-no-veto": Said(
        amara=("Every photo of my nan, in gold frames ~ Your nan's photos",),
        kofi=("My records, floor to ceiling ~ Records",),
        misses=("A map of the world", "A big mirror", "Bookshelves"),
    ),
    "plans/animal-home-if-no-veto": Said(
        amara=("A rescue greyhound called Lady ~ A greyhound",),
        kofi=("A tortoise. He'd see us both out ~ A tortoise",),
        misses=("A cat", "A parrot", "A rabbit"),
    ),
    "plans/care-home-smuggle-in": Said(
        amara=("Scotch bonnets and a decent pan ~ Scotch bonnets",),
        kofi=("My turntable ~ Your record player",),
        misses=("Chocolate", "A bottle of rum", "The cat"),
    ),
    "plans/secretly-move-to-given-excuse": Said(
        amara=("Whitby, above the chippy ~ Whitby",),
        kofi=("Lisbon ~ Lisbon, I bet",),
        misses=("Brighton", "Edinburgh", "Cornwall"),
    ),
    "plans/very-old-out-of-the-window": Said(
        amara=("The sea, and somebody's washing line ~ The sea",),
        kofi=("Children walking to school ~ Kids on the way to school",),
        misses=("A garden", "Trees", "The street"),
    ),
    "plans/has-to-be-round-the-corner": Said(
        amara=("A pool with a proper lane ~ A swimming pool",),
        kofi=("A shop that sells plantain and Milo ~ An African food shop",),
        misses=("A good pub", "A park", "A bakery"),
    ),
}
