package quotes

import "github.com/parley-app/parley/compare/lang"

// set builds a lookup table from a space-separated word list.
func set(words string) map[string]bool { return lang.Words(words) }

// determiners open a noun phrase; they are dropped from speaker keys.
var determiners = set("a an the this these those one some several many two three four five both other any each")

// possessiveDets make a following participle an adjective ("the said
// agreement", "their stated aim"), not a cue.
var possessiveDets = set("the a an this its their his her our your my whose")

// passiveAux before a past participle makes it passive ("was said and done",
// "was reported to"): the grammatical subject is not the speaker.
var passiveAux = set("is are was were be been being am")

// skipLeft are the auxiliaries and adverbs that may sit between a speaker and
// the cue verb ("has also said", "have been highlighting", "later added").
var skipLeft = set(`has have had also then later again repeatedly previously reportedly further earlier
	would will did does do separately publicly privately once recently subsequently initially
	first finally still even just quickly openly firmly flatly explicitly simply been
	himself herself itself themselves`)

// leftStops end a speaker noun phrase scanned leftwards from its verb:
// prepositions (but "of"), conjunctions, subordinators, relatives, verbs.
var leftStops = set(`on in at during for with from by to into about over under against toward towards
	after before through between among without within upon via across per than like as since
	until unless once where whether while whereas although though because if but or nor so yet
	when whenever then that which who whom whose what how why is are was were be been being
	has have had do does did will would can could may might must shall should not never also
	its there here said says told tells warned stated added insisted confirmed informed
	emphasized emphasised according amid despite near next`)

// forwardStops end a noun phrase read rightwards ("according to X who …").
var forwardStops = set(`who whom whose which that on in at during for with from by to into about over
	under against after before through while when as because since if but or said says told
	added warned is are was were has have had would will`)

// subordinators open a leading subordinate clause ("While officials have
// emphasized that …, Biden has …"): a cue inside it reports only up to the
// comma that ends the clause.
var subordinators = set("while although though when whereas because since if as after before until unless once")

// auxiliaries mark a clause, never a noun phrase.
var auxiliaries = set("is are was were be been has have had will would could should can may might must did does do")

// timeWords are dropped from the start of a speaker noun phrase ("Last week
// Kirby said") and never count as names.
var timeWords = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
	tomorrow morning afternoon evening night week month year weekend earlier later last next this
	january february march april may june july august september october november december
	meanwhile also on in at late early`)

// titleWords mark a role ("national security spokesperson", "Commander of…"),
// compared lowercased. A name is never made of them.
var titleWords = set(`president vice prime minister secretary spokesperson spokesman spokeswoman commander
	chief director ambassador envoy adviser advisor governor mayor senator representative general
	admiral colonel chairman chairwoman chair head leader king queen prince princess chancellor
	premier coordinator engineer deputy undersecretary counselor counsel attorney judge justice
	prosecutor negotiator speaker lawmaker ceo founder economist professor editor correspondent
	officer captain lieutenant sergeant inspector commissioner administrator manager executive
	emir sheikh ayatollah cardinal pope bishop rabbi imam mr mrs ms dr gen sen rep lt col adm gov
	foreign defense defence interior finance national security state lady gentleman major brigadier marshal
	lawyer`)

// orgWords make a capitalized run an organization, not a person ("White
// House", "Revolutionary Guard Corps").
var orgWords = set(`house department ministry office council pentagon kremlin commission union nations
	forces corps committee agency bank court party government parliament congress senate assembly
	embassy army navy guard authority organization organisation group foundation institute
	university coalition alliance front movement service command cabinet palace street hall room
	times post news press network agency tv radio journal herald tribune guardian telegraph
	reuters bureau fund company corporation inc ltd summit union republic kingdom emirates states
	administration treasury chamber`)

// anonHeads are the heads of anonymous-source phrases; the value is the
// class that makes two mentions comparable ("source" and "official" are one).
var anonHeads = map[string]string{
	"official": "official", "officials": "official", "source": "official", "sources": "official",
	"aide": "official", "aides": "official", "authorities": "official",
	"insider": "official", "insiders": "official", "staffer": "official", "staffers": "official",
	"officer": "officer", "officers": "officer",
	"diplomat": "diplomat", "diplomats": "diplomat",
	"spokesperson": "spokesperson", "spokesman": "spokesperson", "spokeswoman": "spokesperson",
	"spokespeople": "spokesperson",
	"person":       "person", "people": "person", "negotiator": "negotiator", "negotiators": "negotiator",
	"adviser": "adviser", "advisers": "adviser", "advisor": "adviser", "advisors": "adviser",
	"analyst": "analyst", "analysts": "analyst", "expert": "expert", "experts": "expert",
	"lawmaker": "lawmaker", "lawmakers": "lawmaker", "witness": "witness", "witnesses": "witness",
	"resident": "resident", "residents": "resident", "member": "member",
}

// pluralHeads are the anonymous heads that name several speakers.
var pluralHeads = set(`officials sources aides authorities insiders staffers officers diplomats spokespeople
	people negotiators advisers advisors analysts experts lawmakers witnesses residents`)

// rankWords describe a source without telling it apart ("a senior …", "the
// top …"); they are dropped from anonymous keys.
var rankWords = set("senior top high-ranking high-level ranking junior veteran key leading another")

// postModifiers start the part of an anonymous phrase that describes the
// source's access, not who it is ("informed of the situation", "familiar
// with the talks", "who made the announcement").
var postModifiers = set("who that informed familiar with briefed close speaking involved knowledgeable in at on from aware present")

// docHeads are a body's documents and members, one voice with the body
// ("the G7 members issued a joint statement … The statement criticized …
// The G7 declaration emphasized …").
var docHeads = set("statement statements declaration communiqué communique readout members leaders memo letter website newsletter")

// bodyHeads name an organization speaking as one.
var bodyHeads = set(`government ministry office council cabinet embassy military army department agency
	committee presidency administration mission delegation parliament commission court
	spokesperson's media exchange bank company firm union association federation institute board
	regulator league alliance coalition party newspaper network broadcaster navy police authority
	opposition inspectorate guard television radio tv station operator watchdog bloc`)

// pronouns resolve to an earlier speaker.
var pronouns = set("he she they it")

// firstPerson words outside quotation marks mark speech that lost its marks
// (news narration never says "we"). "I" is checked apart (see isFirstPerson).
var firstPerson = set("we our ours us my me myself ourselves")

// nationalities maps irregular adjectives of nationality to their country;
// regular ones (Iranian, Israeli, Valdoran) are derived in countryOf.
var nationalities = map[string]string{
	"american": "United States", "u.s.": "United States", "us": "United States",
	"swiss": "Switzerland", "french": "France", "british": "United Kingdom", "dutch": "Netherlands",
	"german": "Germany", "chinese": "China", "russian": "Russia", "japanese": "Japan",
	"turkish": "Turkey", "spanish": "Spain", "polish": "Poland", "danish": "Denmark",
	"swedish": "Sweden", "finnish": "Finland", "irish": "Ireland", "greek": "Greece",
	"saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "iraqi": "Iraq",
	"israeli": "Israel", "iranian": "Iran", "ukrainian": "Ukraine", "syrian": "Syria",
	"lebanese": "Lebanon", "egyptian": "Egypt", "jordanian": "Jordan", "qatari": "Qatar",
	"palestinian": "Palestine", "yemeni": "Yemen", "indian": "India", "pakistani": "Pakistan",
	"canadian": "Canada", "italian": "Italy", "korean": "Korea", "mexican": "Mexico",
	"brazilian": "Brazil", "european": "Europe", "african": "Africa",
}

// gazetteer lists places and bodies that speak in the news, lowercased, so
// that "Israel informed the US" reads as a body, not a person called Israel.
// Names not listed are recognised from use ("against Kestria", see coref.go).
var gazetteer = set(`israel iran iraq syria lebanon jordan egypt qatar yemen turkey russia ukraine china
	japan india pakistan france germany italy canada britain spain poland greece europe america
	tehran jerusalem washington moscow kyiv kiev beijing london paris berlin rome tokyo ankara
	cairo riyadh doha damascus beirut baghdad brussels geneva gaza hamas hezbollah nato g7 g20
	un eu opec kremlin pentagon whitehall downing idf irgc ecb imf who iaea asean`)

// humanHeads are the plain nouns that may name who speaks when nothing
// else does ("critics said", "Participants stressed"); any other unknown
// phrase before a cue ("the plans announced", "investigation reported") is
// no speaker.
var humanHeads = set(`participants panelists companies critics supporters protesters voters leaders members
	scientists researchers doctors workers unions group groups coalition campaign organizers
	activists students parents families farmers police prosecutors investigators observers monitors
	inspectors residents delegates delegation hosts host organizers industry company firm
	manufacturers employers relatives family neighbours neighbors crowd petitioners plaintiffs
	lawyers attorneys defendants ministers fishermen fishers villagers crew crews sailors soldiers
	troops pilots traders bankers spokesmen mediators mediator teams team rescuers
	economists seismologists engineers lawyers officers unions`)

// personalPronouns as a subject are the writer or the reader, not a voice of
// an article ("I said", "you said" in a transcript).
var personalPronouns = set("i i'm i've i'd i'll we we've we're we'll we'd you you've you're me us")

// conjunctions start sentences ("And I said …") but never names.
var conjunctions = set("and or but nor yet so")

// lyNouns end in "-ly" but are nouns, not adverbs ("the family said").
var lyNouns = set("family ally assembly rally supply monopoly anomaly bully")

// tellObjects are the hearers a "told"/"informed" takes without a capital.
var tellObjects = set("reporters journalists lawmakers parliament him her them us me you colleagues allies counterparts")
