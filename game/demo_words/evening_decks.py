"""The sample couple's words for the decks they meet only at date night, and for its closing ritual.

The closing cards come back every date night, so each has an answer for many evenings: the couple
says the next one each time (and starts again from the first after the last).
"""

from __future__ import annotations

from game.core.cards import CardKey
from game.core.date_night_plan import APPRECIATION_CARDS, SMALL_THING_CARDS
from game.demo_words.said import Said

EVENING_DECKS: dict[str, Said] = {
    # ---- Romance --------------------------------------------------------------------------
    "romance/song-for-the-kitchen-dance": Said(
        amara=("'I Wanna Dance with Somebody', slowed right down ~ Whitney",),
        kofi=("'Let's Stay Together', Al Green ~ Al Green",),
        misses=("'At Last'", "Whatever's on the radio", "Something by Adele"),
    ),
    "romance/code-for-i-love-you": Said(
        amara=("'I've put the heating on for you' ~ 'I've put the heating on'",),
        kofi=("'Text me when you get there' ~ 'Text me when you're there'",),
        misses=("'Night night'", "'Drive safe'", "'Put a coat on'"),
    ),
    "romance/fancied-on-a-scruffy-day": Said(
        amara=("You still look twice when I come downstairs ~ Looking twice",),
        kofi=("You straighten my collar before I go out ~ Straightening your collar",),
        misses=("A wink", "Calling you gorgeous", "A kiss on the forehead"),
    ),
    "romance/nervous-thing-you-find-sweet": Said(
        amara=("You explain the whole plan twice ~ Explaining everything twice",),
        kofi=("You tidy things that are already tidy ~ Tidying tidy things",),
        misses=("Fiddling with my rings", "Talking really fast", "Humming"),
    ),
    "romance/gesture-laughed-not-swooned": Said(
        amara=("Rose petals on the bed, then on everything ~ The rose petals",),
        kofi=("A poem that rhymed 'Kofi' with 'toffee' ~ The toffee poem",),
        misses=("Breakfast in bed", "The serenade", "The surprise picnic"),
    ),
    # ---- Seeing Differently ---------------------------------------------------------------
    "seeing-differently/sunday-youd-call-wasted": Said(
        amara=("Every series of Bake Off, back to back ~ Bake Off all day",),
        kofi=("Sorting my records by year, then by mood ~ Sorting your records",),
        misses=("Sleeping", "Football", "Gaming"),
    ),
    "seeing-differently/song-skipped-when-im-out": Said(
        amara=("'Sweet Caroline'. Every time ~ Sweet Caroline",),
        kofi=("Anything from Mamma Mia ~ Mamma Mia",),
        misses=("Wonderwall", "Christmas songs", "Anything by Coldplay"),
    ),
    "seeing-differently/looked-mad-turned-out-right": Said(
        amara=("Buying a van for the DJ kit ~ The van",),
        kofi=("Leaving the Leeds job to come here ~ Leaving Leeds",),
        misses=("Quitting my job", "Moving in", "Selling my car"),
    ),
    "seeing-differently/my-way-only-when-watching": Said(
        amara=("Folding T-shirts in thirds ~ Folding T-shirts",),
        kofi=("Rinsing plates before they go in the dishwasher ~ Rinsing plates",),
        misses=("Making the bed", "Squeezing the toothpaste", "Hanging the washing"),
    ),
    # ---- Trust & First Call ---------------------------------------------------------------
    "trust-and-first-call/love-dearly-sealed-lips": Said(
        amara=("My mum. It'd be round the church by Sunday ~ Your mum",),
        kofi=("Dele. Lovely man, leaks like a sieve ~ Dele",),
        misses=("Your best friend", "Your cousin", "Your nan"),
    ),
    "trust-and-first-call/friend-knows-other-you": Said(
        amara=("Ngozi, from my goth years ~ Ngozi",),
        kofi=("Marcus, from when we had a band ~ Marcus",),
        misses=("Your school friends", "Someone from work", "Your cousin"),
    ),
    "trust-and-first-call/one-call-from-a-cell": Said(
        amara=("Funmi. She has my spare key and a charger ~ Funmi",),
        kofi=("Kwame, who'd never let me forget it ~ Your brother",),
        misses=("Your mum", "A locksmith", "Your dad"),
    ),
    "trust-and-first-call/still-double-check": Said(
        amara=("That the back door's locked ~ The back door",),
        kofi=("That your straighteners are off ~ My straighteners",),
        misses=("The oven", "The alarm", "The windows"),
    ),
    # ---- Values & Meaning -----------------------------------------------------------------
    "values-and-meaning/tiny-moral-failing": Said(
        amara=("Not taking the trolley back ~ Trolleys",),
        kofi=("Reclining your seat on a short flight ~ Reclining on planes",),
        misses=("Being late", "Chewing loudly", "Not saying thank you"),
    ),
    "values-and-meaning/worth-doing-badly": Said(
        amara=("Salsa, Tuesday nights ~ Salsa",),
        kofi=("Watercolours of my chillies ~ Painting",),
        misses=("Singing", "Golf", "Knitting"),
    ),
    # ---- Important Dates ------------------------------------------------------------------
    "important-dates/big-day-just-a-tuesday": Said(
        amara=("The day my mum laughed at your joke ~ When your mum laughed at my joke",),
        kofi=("The day I deleted the dating app ~ Deleting the app",),
        misses=("Our first date", "Moving in", "The first 'I love you'"),
    ),
    "important-dates/date-you-wait-to-see": Said(
        amara=("The day we got the keys to the flat ~ Getting the keys",),
        kofi=("The anniversary of Dad's operation ~ Your dad's operation",),
        misses=("Our anniversary", "My birthday", "Valentine's Day"),
    ),
    # ---- Desire & Intimacy (not spicy) and Conflict & Repair -------------------------------
    "desire-and-intimacy/mood-of-mine-you-fancy": Said(
        amara=("You, cross about a terrible referee ~ Me ranting about referees",),
        kofi=("You in charge of the whole kitchen at Christmas ~ Me running Christmas",),
        misses=("When I'm sleepy", "When I'm dressed up", "When I'm being silly"),
    ),
    "conflict-and-repair/bicker-thats-really-flirting": Said(
        amara=("Whose jollof is better. Mine is",),
        kofi=("Whose jollof is better. It isn't yours",),
    ),
}

#: "What did I do tonight that you'd like a lot more of?": said about the evening just had.
MORE_OF_THAT = Said(
    amara=(
        "Holding my hand across the table ~ Holding your hand",
        "Asking about the ward, and really listening ~ Asking about work",
        "Laughing properly, head right back ~ Laughing at your stories",
        "Putting your phone away before I asked ~ My phone away",
        "That slow dance by the fridge ~ The kitchen dance",
        "Remembering Chidi's news from last week ~ Remembering Chidi's news",
        "Telling me I looked nice. Twice ~ Saying you looked nice",
        "Planning the summer with me, not for me ~ Planning the summer",
    ),
    kofi=(
        "Sitting right next to me, not across ~ Sitting next to you",
        "Asking about my Year 11s by name ~ Asking about your Year 11s",
        "Laughing at my terrible pun ~ Laughing at your pun",
        "Playing with my fingers while we talked ~ Holding your hand",
        "Saying you were proud of me ~ Telling you I'm proud of you",
        "Letting me choose the music ~ Letting you choose the music",
        "Telling me about your day first ~ Telling you about my day",
        "Saying my light soup beats my mum's ~ Praising your soup",
    ),
    misses=("Cooking dinner", "A foot rub", "Doing the washing-up"),
)

#: "What will you do for me in the next few days that I'd never think to ask for?": a new promise each evening.
SMALL_THINGS = Said(
    amara=(
        "Ring your mum back about Christmas ~ Ringing my mum",
        "Pick your suit up from the dry cleaner's ~ My suit from the cleaner's",
        "Come and watch the first half of five-a-side ~ Watching my five-a-side",
        "Leave the good pillow on your side all week ~ The good pillow",
        "Make your packed lunch on Thursday ~ My lunch on Thursday",
        "Put the recycling out before you're up ~ The recycling",
        "Book the car in for its MOT ~ The MOT",
        "Find the charger for your DJ headphones ~ My headphone charger",
    ),
    kofi=(
        "Run you a bath after your last night shift ~ A bath after my nights",
        "Fix the wobbly shelf in the bathroom ~ The bathroom shelf",
        "De-ice the car before your early ~ De-icing the car",
        "Get two cartons of your oat milk ~ Oat milk",
        "Cook light soup on your day off ~ Light soup",
        "Take your bike in to get the brakes done ~ My bike brakes",
        "Phone away at dinner, every night ~ No phone at dinner",
        "Pick you up from the late shift on Friday ~ A lift home on Friday",
    ),
    misses=("The washing-up", "Taking the bins out", "Breakfast in bed"),
)

#: The closing ritual's two cards, whichever of each role's cards the evening deals.
CLOSING: dict[CardKey, Said] = {key: MORE_OF_THAT for key in APPRECIATION_CARDS} | {key: SMALL_THINGS for key in SMALL_THING_CARDS}
