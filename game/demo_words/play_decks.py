"""The sample couple's words for the four decks all their Play rounds deal from (game.demo.PLAY_DECKS).

Amara is a children's nurse who swims at the lido; Kofi teaches geography and DJs the odd wedding,
which is where they met. Funmi is her best friend, Chidi her sister; Dele is his best mate, Kwame
his brother.
"""

from __future__ import annotations

from game.demo_words.said import Said

PLAY_DECKS: dict[str, Said] = {
    # ---- Favourite details ----------------------------------------------------------------
    "favourite-details/coffee-order": Said(
        amara=(
            "Oat flat white, please, extra hot ~ An extra-hot oat flat white",
            "Small oat cortado, please ~ An oat cortado",
            "Decaf oat flat white, I'm on nights ~ A decaf oat flat white",
        ),
        kofi=(
            "Americano, extra shot, no milk ~ Black americano with an extra shot",
            "Large filter coffee, black ~ A big black filter coffee",
            "Iced americano, even in March ~ Iced americano",
        ),
        misses=("A cappuccino", "Chai latte", "Builder's tea, two sugars"),
    ),
    "favourite-details/only-ever-over-the-sink": Said(
        amara=("A properly ripe mango ~ A ripe mango",),
        kofi=("Cold leftover jollof, straight from the tub ~ Cold jollof out of the tub",),
        misses=("Toast", "A peach", "Crisps"),
    ),
    "favourite-details/send-it-back-but-eat-mine": Said(
        amara=("Your scrambled eggs, which are really an omelette ~ My scrambled eggs",),
        kofi=("Your jollof. It's the wrong jollof, and I love it ~ My jollof",),
        misses=("My spaghetti bolognese", "My Sunday roast", "My chilli"),
    ),
    "favourite-details/famous-at-school-for-a-week": Said(
        amara=("Getting my head stuck in the railings on a trip ~ Head stuck in some railings",),
        kofi=("Scoring an own goal from the halfway line ~ An own goal from halfway",),
        misses=("Winning the spelling bee", "Being sick on the coach", "A terrible haircut"),
    ),
    "favourite-details/what-your-lot-called-remote": Said(
        amara=("The flicker ~ The flicker thing",),
        kofi=("The doofer ~ Doofer",),
        misses=("The clicker", "The zapper", "The buttons"),
    ),
    "favourite-details/theme-tune-word-perfect": Said(
        amara=("The Fresh Prince, rap and all ~ Fresh Prince of Bel-Air",),
        kofi=("Postman Pat, whistling included ~ Postman Pat",),
        misses=("Neighbours", "Only Fools and Horses", "Byker Grove"),
    ),
    "favourite-details/word-i-say-my-own-way": Said(
        amara=("'Spaghetti', all three syllables wrong ~ Spaghetti",),
        kofi=("'Yoghurt', the way your mum says it ~ Yoghurt",),
        misses=("Scone", "Croissant", "Library"),
    ),
    "favourite-details/food-of-mine-drives-you-out": Said(
        amara=("Sardines on toast, at breakfast ~ My sardines on toast",),
        kofi=("Pickled onions straight from the jar ~ My pickled onions",),
        misses=("Blue cheese", "Boiled eggs", "Marmite"),
    ),
    "favourite-details/not-fussed-so-i-get-more": Said(
        amara=("The crispy bits of the roast potatoes ~ The crispy roast potato bits",),
        kofi=("The last of the fried plantain ~ The last bit of plantain",),
        misses=("Pudding", "The remote", "The good pillow"),
    ),
    "favourite-details/haircut-you-would-bring-back": Said(
        amara=("Finger waves for my cousin's wedding ~ Your finger waves",),
        kofi=("The high-top fade, 1998 ~ The high-top",),
        misses=("Curtains", "A buzz cut", "Cornrows"),
    ),
    "favourite-details/dragged-along-ended-up-loving": Said(
        amara=("Wild swimming, thanks to Funmi ~ Wild swimming",),
        kofi=("Your book club. I've read more of the books than you ~ My book club",),
        misses=("Yoga", "The ballet", "Karaoke"),
    ),
    "favourite-details/love-it-because-they-did": Said(
        amara=("The sea. My nan taught me ~ The sea, from your nan",),
        kofi=("Old highlife records, from my dad ~ Your dad's highlife records",),
        misses=("Cooking", "Reading", "Football"),
    ),
    "favourite-details/favourite-bit-of-day-unseen": Said(
        amara=("The ward at five in the morning, when the babies settle ~ The ward at dawn",),
        kofi=("Ten quiet minutes in my classroom before the bell ~ Your empty classroom",),
        misses=("The bus home", "Lunch break", "The walk to work"),
    ),
    "favourite-details/secret-highlight-of-week": Said(
        amara=("Bake Off, on the phone to my mum ~ Bake Off with your mum",),
        kofi=("The big shop on a Sunday, with a list ~ The Sunday big shop",),
        misses=("Five-a-side", "Friday takeaway", "A lie-in"),
    ),
    "favourite-details/kitchen-table-felt-at-home": Said(
        amara=("Funmi's mum's, in Lewisham ~ Funmi's mum's",),
        kofi=("Your mum's, that first Christmas ~ My mum's",),
        misses=("Your nan's", "Your best mate's", "Your auntie's"),
    ),
    "favourite-details/asked-every-birthday-never-got": Said(
        amara=("A rabbit called Biscuit ~ A rabbit",),
        kofi=("A proper Arsenal kit, not the market one ~ A real Arsenal kit",),
        misses=("A puppy", "A bike", "A trampoline"),
    ),
    "favourite-details/smiled-through-at-a-table": Said(
        amara=("Your uncle's pepper soup, at full strength ~ My uncle's pepper soup",),
        kofi=("Black pudding at my first head teacher's house ~ Black pudding",),
        misses=("Tripe", "Jellied eels", "Blue cheese"),
    ),
    "favourite-details/daydream-youd-blush-to-describe": Said(
        amara=("Being thanked on the news for a ward I run myself ~ Running your own ward, on the news",),
        kofi=("Headlining a festival, the whole field singing my set back ~ Headlining a festival",),
        misses=("Winning the lottery", "A house by the sea", "Being famous"),
    ),
    "favourite-details/can-anyone-here-shout": Said(
        amara=("First aid, and I'm already on my way ~ First aid",),
        kofi=("Getting the sound to work ~ Sorting the sound",),
        misses=("Parallel parking", "Reaching the top shelf", "Speaking French"),
    ),
    "favourite-details/which-biscuit-am-i": Said(
        amara=("A custard cream: sweet, dependable, best dunked",),
        kofi=("A ginger nut: snaps at first, then warms you right up",),
    ),
    "favourite-details/saving-for-best-never-used": Said(
        amara=("The gold wrapper my aunty sent from Lagos ~ The gold wrapper",),
        kofi=("The casserole dish your mum gave us ~ The casserole dish from my mum",),
        misses=("A bottle of champagne", "The good towels", "Fancy candles"),
    ),
    "favourite-details/oddly-stingy-with": Said(
        amara=("Sellotape ~ The Sellotape",),
        kofi=("My hot sauce ~ Your hot sauce",),
        misses=("Chocolate", "The duvet", "Biscuits"),
    ),
    "favourite-details/injustice-from-about-eight": Said(
        amara=("Getting the blame for Chidi's felt tip on the sofa ~ Chidi's felt tip",),
        kofi=("Losing the egg-and-spoon race for 'using a thumb' ~ The egg-and-spoon race",),
        misses=("Not getting picked for the play", "Bedtime", "A stolen bike"),
    ),
    # ---- Each Other's Back ----------------------------------------------------------------
    "each-others-back/friend-who-would-side-with-me": Said(
        amara=("Funmi, every single time ~ Funmi",),
        kofi=("Dele. He thinks you're a saint ~ Dele",),
        misses=("Your best mate from school", "Someone from work", "Your cousin"),
    ),
    "each-others-back/question-you-want-me-to-field": Said(
        amara=("'So when's the wedding?' ~ When's the wedding",),
        kofi=("'Still doing the DJ thing?' ~ Still DJing?",),
        misses=("When are you having children?", "How's work?", "What do you actually do all day?"),
    ),
    "each-others-back/just-a-silly-thing-really": Said(
        amara=("Writing the quiz for the ward's Christmas do ~ The ward Christmas quiz",),
        kofi=("Making mixes nobody asked for ~ Your mixes",),
        misses=("Crosswords", "Gardening", "Baking"),
    ),
    "each-others-back/friend-left-in-charge-of-me": Said(
        amara=("Funmi. She'd have you eating vegetables ~ Funmi",),
        kofi=("Dele, with a list of your favourite takeaways ~ Dele",),
        misses=("Your mum", "Nobody, you'd ring every day", "Your work friend"),
    ),
    "each-others-back/who-underestimated-you": Said(
        amara=("Mr Hale, my Year 10 chemistry teacher ~ Your chemistry teacher",),
        kofi=("The careers adviser: 'Have you thought about the army?' ~ Your careers adviser",),
        misses=("Your first boss", "An ex", "Your dad"),
    ),
    "each-others-back/stop-being-polite-to": Said(
        amara=("The landlord, about the damp ~ The landlord",),
        kofi=("That consultant who talks over you ~ The consultant who talks over me",),
        misses=("My mum", "My boss", "The neighbours"),
    ),
    "each-others-back/still-cross-on-your-behalf": Said(
        amara=("The head who gave your job to his nephew ~ The head who gave my job away",),
        kofi=("Your ex, for the birthday he forgot twice ~ My ex",),
        misses=("My old boss", "My old flatmate", "My landlord"),
    ),
    "each-others-back/real-mess-one-thing-mustnt-say": Said(
        amara=("'Well, you did rush it' ~ 'You rushed it'",),
        kofi=("'It's only a small thing' ~ 'It's not a big deal'",),
        misses=("'I told you so'", "'Calm down'", "'What were you thinking?'"),
    ),
    "each-others-back/appointment-sit-beside-you": Said(
        amara=("The dentist. I'm a nurse and I'm still a baby about it ~ The dentist",),
        kofi=("The hearing test I keep putting off ~ Your hearing test",),
        misses=("The GP", "The hairdresser's", "The optician's"),
    ),
    "each-others-back/need-from-me-feel-daft": Said(
        amara=("A text when you get to five-a-side ~ A text when I get to football",),
        kofi=("You asking 'Good lessons?' when I get in ~ Asking about your lessons",),
        misses=("A hug at the door", "A cup of tea in bed", "Holding hands in the street"),
    ),
    "each-others-back/row-about-but-nobody-else-may": Said(
        amara=("Your timekeeping. That's mine to moan about",),
        kofi=("How long you take to say goodbye at parties",),
    ),
    # ---- Signals --------------------------------------------------------------------------
    "signals/about-to-cry-at-telly-tell": Said(
        amara=("I start folding the blanket very neatly ~ You fold the blanket",),
        kofi=("I clear my throat and ask who wants tea ~ You offer to make tea",),
        misses=("Your chin goes", "You go very quiet", "You grab a cushion"),
    ),
    "signals/pleased-with-idea-tell": Said(
        amara=("'Right. Hear me out.' ~ Hear me out",),
        kofi=("'Oh, I'm good. I'm very good.' ~ 'I'm very good'",),
        misses=("'What if…'", "'Guess what?'", "'Don't laugh.'"),
    ),
    "signals/yes-when-i-dont-want-to": Said(
        amara=("You say 'Yeah, no, lovely' ~ I say 'Yeah, no, lovely'",),
        kofi=("You start a list straight away ~ I start a list",),
        misses=("I go quiet", "I say 'fine'", "I sigh"),
    ),
    "signals/mood-wasp-in-the-room": Said(
        amara=("Arsenal have lost and you've watched the replay ~ When Arsenal lose",),
        kofi=("Just off a night shift, before coffee ~ Me after a night shift",),
        misses=("When I'm hungry", "When I'm tired", "When I'm running late"),
    ),
    "signals/first-sign-coming-down-with": Said(
        amara=("I want Marmite on toast and nothing else ~ Marmite toast",),
        kofi=("I get very into blankets ~ The blankets come out",),
        misses=("Sneezing", "Going to bed early", "Getting grumpy"),
    ),
    "signals/my-word-for-didnt-like-it": Said(
        amara=("'Interesting' ~ Interesting",),
        kofi=("'Well, it was different' ~ 'Different'",),
        misses=("Nice", "Fine", "Lovely"),
    ),
    "signals/who-gets-my-phone-voice": Said(
        amara=("The receptionist at the GP's ~ The GP receptionist",),
        kofi=("Your mum ~ My mum",),
        misses=("The bank", "Your boss", "The council"),
    ),
    # ---- Fears & Challenges ---------------------------------------------------------------
    "fears-and-challenges/word-dodged-for-pronouncing": Said(
        amara=("Worcestershire ~ Worcestershire sauce",),
        kofi=("Epitome ~ epitome",),
        misses=("Quinoa", "Anemone", "Specific"),
    ),
    "fears-and-challenges/harmless-animal-cross-road": Said(
        amara=("Pigeons, the big fat ones ~ Pigeons",),
        kofi=("Geese. They know what they did ~ Geese",),
        misses=("Swans", "Cows", "Moths"),
    ),
    "fears-and-challenges/bottled-it-last-second": Said(
        amara=("The charity bungee jump, harness on ~ The bungee jump",),
        kofi=("Singing at Kwame's wedding ~ Singing at your brother's wedding",),
        misses=("A tattoo", "A job interview", "The zip wire"),
    ),
    "fears-and-challenges/film-scene-through-fingers": Said(
        amara=("The shower scene in Psycho ~ Psycho",),
        kofi=("The toilet in Trainspotting ~ The Trainspotting toilet",),
        misses=("Jaws", "The Exorcist", "Any dentist scene"),
    ),
    "fears-and-challenges/name-on-screen-sit-up-straight": Said(
        amara=("Bernadette, my ward manager ~ Your ward manager",),
        kofi=("My dad ~ Your dad",),
        misses=("Your mum", "The bank", "Your boss"),
    ),
    "fears-and-challenges/half-sure-someones-cross": Said(
        amara=(
            "Funmi, because she replied 'ok' with no kiss ~ Funmi",
            "Chidi, ever since Christmas ~ Your sister",
            "The new neighbour downstairs ~ The downstairs neighbour",
        ),
        kofi=(
            "My head of department ~ Your head of department",
            "Dele, since I missed his birthday drinks ~ Dele",
            "Your mum. She's lovely. She might be cross ~ My mum",
        ),
        misses=("Everyone in the group chat", "Your boss", "The postman"),
    ),
    "fears-and-challenges/pre-big-moment-ritual": Said(
        amara=("Shake out my hands and hum the Casualty theme ~ Humming the Casualty theme",),
        kofi=("Press-ups in the staff toilets ~ Press-ups in the loo",),
        misses=("Deep breathing", "Pacing", "Talking to the mirror"),
    ),
    "fears-and-challenges/keep-you-safe-cant-work": Said(
        amara=("Watch your dot on the map till it stops moving ~ Watching my dot on the map",),
        kofi=("Text 'Drive safe' once you've already set off ~ Texting me 'Drive safe'",),
        misses=("Touching wood", "Telling me to wrap up", "Crossing your fingers"),
    ),
    "fears-and-challenges/face-when-youre-scared": Said(
        amara=("Calm. Bored, even ~ Calm",),
        kofi=("A little smile ~ Smiling",),
        misses=("Serious", "Worried too", "Brave"),
    ),
    "fears-and-challenges/wildest-disaster-pictured": Said(
        amara=("You'd fallen in the canal after a football ~ I'd fallen in the canal",),
        kofi=("A tram had knocked you flat ~ I'd been hit by a tram",),
        misses=("I'd been mugged", "I'd left you", "I'd got lost"),
    ),
}
