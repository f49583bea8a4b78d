// Word lists for normalising and matching medication names (RULEBOOK §0.4). Lower case, no punctuation:
// they are compared with the tokens the normaliser produces.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Joining words: "Tylenol with Codeine", "oxycodone and acetaminophen". Dropped from lookup keys. */
export const CONNECTORS = set('with and plus w');

/** Salt and ester names: "oxycodone HCl" is oxycodone. Dropped everywhere. */
export const SALTS = set(`
	hcl hydrochloride hbr hydrobromide bitartrate tartrate sulfate sulphate phosphate citrate sodium
	potassium besylate mesylate maleate succinate acetate acetonide propionate dipropionate valerate
	hyclate monohydrate anhydrous base salt`);

/**
 * Dose forms, routes, release types and schedules. They are stripped from the name (RULEBOOK §0.4
 * step 1: "ER tab", "film", "patch") but kept as context: "oxycodone ER" is the extended-release entry,
 * "tacrolimus ointment" the topical one, "naltrexone monthly shot" Vivitrol.
 */
export const FORM_WORDS = set(`
	tab tabs tablet tablets cap caps capsule capsules pill pills film films patch patches cream creams
	ointment lotion gel foam drop drops spray sprays inhaler inhalers inhaled inhalation inhale neb
	nebulizer nebuliser nebulized respules puffer puff puffs mdi injection injections injectable
	injected inject shot shots infusion infusions iv im sc subq subcutaneous intravenous intramuscular
	solution suspension syrup liquid elixir chewable chewables odt sublingual sl buccal transdermal
	transmucosal topical oral po nasal nose eye eyes ophthalmic emulsion rectal suppository
	suppositories enema pen pens autoinjector vial syringe prefilled pack pak dosepak dosepack sprinkle
	er xr sr cr xl ec dr la extended release released controlled sustained delayed immediate long
	acting longacting enteric aq monthly weekly biweekly quarterly skin lozenge lozenges lollipop
	systemic intra articular intraarticular`);

/** Filler: articles, prepositions, schedules, units and status words. Dropped everywhere. */
export const FILLER = set(`
	a an the of for to in on at by my i me per as needed prn take takes taking took use used using
	about around approx approximately each every once twice thrice times time x bid tid qid qd qhs hs
	qam qpm am pm day days daily night nightly nighttime morning mornings evening bedtime hour hours
	hr hrs week weeks month months year years ago last since until currently current now still
	stopped stop quit previously before prescribed prescription rx otc generic brand dose doses
	dosage mg mgs mcg mcgs ug ml g gm gram grams iu unit units meq strength only also sometimes
	occasionally rarely often usually when if or but then than from dr doctor md pharmacy approx`);

/** Digit-bearing tokens that are names rather than strengths: "T4", "6-MP", "7-OH", "beta-1a". */
export const NAMED_ALPHANUMERICS = set(
	't3 t4 lt4 6mp 7oh m30 5asa 1a 1b b12 b6 b1 b2 b3 b5 b7 b9 d3 d2 k1 k2 coq10 q10 5htp omega3'
);

/** Street words and very short aliases that match only when they are the whole name typed. */
export const WHOLE_INPUT_ONLY = set('lean blues dope smack strips subs perc percs');

/** Inputs that mean "nothing here". */
export const PLACEHOLDER =
	/^(?:none\.?|non|nothing|nil|no|nope|na|n\/a|n\.a\.?|not applicable|none currently|none at this time|no meds|no medications?|no supplements?|no medicines?|none taken|not taking any(?: medications?)?|nothing currently|-+|\.+|\?+|x+)$/;

/**
 * Vitamins, minerals, foods, common supplements and words that mean "I don't know". An unrecognised
 * name made only of these is not drug-like, so it gets no "unrecognised medication" note.
 */
export const NON_DRUG = set(`
	vitamin vitamins vit multivitamin multivitamins multi prenatal mineral minerals supplement
	supplements d3 d2 b12 b6 b1 b2 b3 b5 b7 b9 k2 complex fish oil omega omega3 krill cod liver
	magnesium glycinate oxide threonate malate zinc iron ferrous calcium selenium iodine biotin folate
	folic acid methylfolate coq10 q10 coenzyme ubiquinol probiotic probiotics prebiotic fiber psyllium
	collagen protein powder shake whey creatine electrolyte electrolytes turmeric curcumin ginger
	garlic cinnamon elderberry echinacea ashwagandha rhodiola melatonin theanine glycine taurine nac
	glutathione quercetin resveratrol berberine milk thistle dandelion green tea coffee caffeine water
	juice food diet herbal herb herbs chamomile valerian lavender spirulina chlorella moringa mushroom
	mushrooms lions mane reishi chaga cordyceps apple cider vinegar honey hydration sea moss colostrum
	gummies gummy chewable orotate lean lysine arginine carnitine inositol nad bone broth greens superfood
	unknown unsure not sure dont don't know idk forget forgot name same see above list various misc
	other others etc stuff things`);

/**
 * Common medicines that are not in the screening catalog. They are never fuzzy-matched to a catalog
 * entry ("Protonix" is not "Protopic", "Norvasc" is not "Norco"): an exact hit here skips fuzzy matching.
 */
export const COMMON_NON_CATALOG = set(`
	lisinopril losartan valsartan irbesartan olmesartan telmisartan benazepril enalapril ramipril
	amlodipine norvasc nifedipine diltiazem verapamil metoprolol toprol lopressor atenolol carvedilol
	coreg propranolol nadolol bisoprolol labetalol clonidine guanfacine hydralazine furosemide lasix
	bumetanide torsemide spironolactone aldactone chlorthalidone triamterene digoxin amiodarone
	isosorbide nitroglycerin atorvastatin lipitor simvastatin zocor rosuvastatin crestor pravastatin
	lovastatin ezetimibe zetia fenofibrate gemfibrozil warfarin coumadin apixaban eliquis rivaroxaban
	xarelto clopidogrel plavix metformin glucophage glipizide glimepiride glyburide pioglitazone
	sitagliptin januvia empagliflozin jardiance dapagliflozin farxiga insulin lantus levemir tresiba
	humalog novolog semaglutide ozempic wegovy rybelsus tirzepatide mounjaro zepbound liraglutide
	victoza saxenda dulaglutide trulicity phentermine omeprazole prilosec pantoprazole protonix
	esomeprazole nexium lansoprazole prevacid famotidine pepcid ranitidine sucralfate ondansetron
	zofran metoclopramide reglan prochlorperazine meclizine scopolamine dicyclomine bentyl hyoscyamine
	linaclotide linzess lubiprostone amitiza miralax docusate colace senna bisacodyl lactulose
	ursodiol sertraline zoloft escitalopram lexapro citalopram celexa fluoxetine prozac paroxetine
	paxil venlafaxine effexor desvenlafaxine pristiq bupropion wellbutrin mirtazapine remeron
	amitriptyline elavil nortriptyline doxepin vortioxetine trintellix vilazodone buspirone buspar
	alprazolam xanax clonazepam klonopin lorazepam ativan diazepam valium temazepam zolpidem ambien
	eszopiclone lunesta quetiapine seroquel aripiprazole abilify risperidone risperdal ziprasidone
	lurasidone latuda lithium clozapine haloperidol lamotrigine lamictal topiramate topamax
	levetiracetam keppra valproate depakote carbamazepine tegretol zonisamide lacosamide vimpat
	sumatriptan imitrex rizatriptan maxalt eletriptan relpax rimegepant nurtec ubrogepant ubrelvy
	erenumab aimovig fremanezumab ajovy galcanezumab emgality botox onabotulinumtoxina
	methylphenidate ritalin concerta adderall amphetamine dextroamphetamine lisdexamfetamine vyvanse
	atomoxetine strattera modafinil provigil armodafinil nuvigil donepezil aricept memantine namenda
	carbidopa levodopa sinemet pramipexole mirapex ropinirole requip baclofen lioresal cetirizine
	zyrtec levocetirizine xyzal loratadine claritin fexofenadine allegra diphenhydramine benadryl
	montelukast singulair albuterol ventolin proair proventil levalbuterol xopenex tiotropium spiriva
	ipratropium atrovent cromolyn ketotifen epinephrine epipen naproxen aleve naprosyn diclofenac
	voltaren nabumetone indomethacin ketorolac toradol etodolac lidocaine lidoderm capsaicin
	amoxicillin augmentin azithromycin zithromax zpak zpack doxycycline minocycline ciprofloxacin
	cipro levofloxacin levaquin cephalexin keflex cefdinir clindamycin metronidazole flagyl
	nitrofurantoin macrobid sulfamethoxazole trimethoprim bactrim fluconazole diflucan terbinafine
	nystatin valacyclovir valtrex acyclovir zovirax oseltamivir tamiflu paxlovid ivermectin
	estradiol estrogen progesterone prometrium premarin norethindrone levonorgestrel
	medroxyprogesterone provera mirena nexplanon sprintec loestrin yaz testosterone finasteride
	propecia tamsulosin flomax sildenafil viagra tadalafil cialis solifenacin detrol tolterodine vesicare
	mirabegron myrbetriq alendronate fosamax ibandronate boniva risedronate raloxifene evista
	denosumab prolia teriparatide forteo zoledronic reclast allopurinol zyloprim febuxostat
	colchicine tamoxifen letrozole anastrozole exemestane tretinoin isotretinoin accutane adapalene
	ketoconazole mupirocin pyridostigmine mestinon midodrine ivabradine droxidopa northera
	ketamine esketamine spravato nicotine varenicline chantix acamprosate campral milnacipran savella
	benzonatate tessalon pseudoephedrine sudafed phenylephrine loratadine famciclovir hydroxyurea
	cyanocobalamin ergocalciferol levocarnitine potassium chloride klor sotalol lamisil eucerin`);
