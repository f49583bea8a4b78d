// The Spanish name of every ingredient a patient can see: the medication-details step says what it
// recognised ("Percocet: contiene acetaminofén y oxicodona, un analgésico opioide") and the done page
// names a misspelt medicine by what it was read as. One row per ingredient, tab-separated, read by
// ./display-names.ts; display-names.spec.ts checks that every ingredient of the catalog and of the
// vocabulary has exactly one row, and that the rows agree with the vocabulary's Spanish names.
//
//   ingredient   the ingredient as the catalog and ./names.ts write it (English, INN/USAN)
//   español      the name shown on Spanish pages, accents included
//   note         why the name is what it is, when the checks need a reason:
//                  same   the Spanish DCI is written like the English name (adalimumab, tramadol)
//                  name   a plant or product name used as is in Spanish (kratom, ginseng)
//                  abbr   an abbreviation used as is (DHEA)
//                  us     the name on US labels and in MedlinePlus en español, kept instead of the
//                         DCI because US patients read it on their boxes (acetaminofén, not paracetamol)
//                  dci    the DCI, where the vocabulary also accepts another spelling (enalapril; the
//                         vocabulary matches "enalaprilo" too)
//                  plain  plainer or more exact words than the vocabulary's typed names (polen de
//                         abeja; the vocabulary's "propóleo" is another bee product)
//
// Sources: the Spanish DCI (Denominación Común Internacional, WHO INN lists in Spanish) for medicines;
// for supplements and plants, their usual Spanish names. Vitamins by their vitamin name ("vitamina
// B12", not "cianocobalamina"), which is what Spanish labels print. Names are public facts, written
// out here by hand; a translator reviews this one file.
export const SPANISH_NAMES_TSV = `
5-HTP	5-HTP	abbr
abaloparatide	abaloparatida
abatacept	abatacept	same
abrocitinib	abrocitinib	same
acamprosate	acamprosato
acetaminophen	acetaminofén	us
activated charcoal	carbón activado
activated charcoal supplement	carbón activado
acyclovir	aciclovir
adalimumab	adalimumab	same
adapalene	adapaleno
albendazole	albendazol
albuterol	albuterol	us
alemtuzumab	alemtuzumab	same
alendronate	alendronato
alfuzosin	alfuzosina
alirocumab	alirocumab	same
allopurinol	alopurinol
aloe vera	aloe vera	name
alogliptin	alogliptina
alpha-lipoic acid	ácido alfa lipoico
alprazolam	alprazolam	same
aluminium hydroxide	hidróxido de aluminio
alvimopan	alvimopán
amiloride	amilorida
amiodarone	amiodarona
amitriptyline	amitriptilina
amlodipine	amlodipino
amoxicillin	amoxicilina
amphetamine	anfetamina
anakinra	anakinra	same
anastrozole	anastrozol
anifrolumab	anifrolumab	same
anti-thymocyte globulin	globulina antitimocítica
apixaban	apixabán
apple cider vinegar	vinagre de manzana
apremilast	apremilast	same
aripiprazole	aripiprazol
armodafinil	armodafinilo
artificial tears	lágrimas artificiales
ascorbic acid	vitamina C
ashwagandha	ashwagandha	name
aspirin	aspirina
astragalus	astrágalo
atenolol	atenolol	same
atogepant	atogepant	same
atomoxetine	atomoxetina
atorvastatin	atorvastatina
atropine	atropina
azathioprine	azatioprina
azelastine	azelastina
azilsartan	azilsartán
azithromycin	azitromicina
bacitracin	bacitracina
baclofen	baclofeno
balsalazide	balsalazida
baricitinib	baricitinib	same
basiliximab	basiliximab	same
beclomethasone	beclometasona
bee pollen	polen de abeja	plain
beetroot	remolacha
belatacept	belatacept	same
belimumab	belimumab	same
bempedoic acid	ácido bempedoico
benazepril	benazepril	dci
benralizumab	benralizumab	same
benzhydrocodone	benzhidrocodona
benzonatate	benzonatato
benzoyl peroxide	peróxido de benzoilo
benztropine	benzatropina
berberine	berberina
beta carotene	betacaroteno
beta-alanine	beta-alanina
betaine HCl	clorhidrato de betaína
betamethasone	betametasona
bicalutamide	bicalutamida
bictegravir	bictegravir	same
bimatoprost	bimatoprost	same
bimekizumab	bimekizumab	same
biotin	biotina
biotin hair skin nails	biotina para cabello, piel y uñas
bisacodyl	bisacodilo
bismuth subsalicylate	subsalicilato de bismuto
bisoprolol	bisoprolol	same
black cohosh	cimicífuga
black seed oil	comino negro
bone broth	caldo de huesos
boron	boro
boswellia	boswellia	name
brexpiprazole	brexpiprazol
brimonidine	brimonidina
brodalumab	brodalumab	same
bromelain supplement	bromelina
brompheniramine	bromfeniramina
budesonide	budesonida
bumetanide	bumetanida
buprenorphine	buprenorfina
bupropion	bupropión
buspirone	buspirona
butalbital	butalbital	same
butorphanol	butorfanol
butterbur	petasita
caffeine	cafeína
calcipotriene	calcipotriol
calcium	calcio
calcium carbonate	carbonato de calcio
canagliflozin	canagliflozina
canakinumab	canakinumab	same
candesartan	candesartán
cannabidiol	cannabidiol	same
cannabis	cannabis	same
capsaicin	capsaicina
captopril	captopril	dci
carbamazepine	carbamazepina
carbidopa	carbidopa	same
cariprazine	cariprazina
carisoprodol	carisoprodol	same
carvedilol	carvedilol	same
cefdinir	cefdinir	same
ceftriaxone	ceftriaxona
cefuroxime	cefuroxima
celecoxib	celecoxib	same
cephalexin	cefalexina
certolizumab pegol	certolizumab pegol	same
cetirizine	cetirizina
chaga	chaga	name
chamomile	manzanilla
chia seeds	semillas de chía
chlordiazepoxide	clordiazepóxido
chlorella	clorela
chlorpheniramine	clorfeniramina
chlorthalidone	clortalidona
cholecalciferol	vitamina D
chromium	cromo
ciclesonide	ciclesonida
cilostazol	cilostazol	same
cimetidine	cimetidina
cinnamon	canela
ciprofloxacin	ciprofloxacino
citalopram	citalopram	same
citicoline	citicolina	dci
cladribine	cladribina
clarithromycin	claritromicina
clavulanic acid	ácido clavulánico
clindamycin	clindamicina
clobetasol	clobetasol	same
clomipramine	clomipramina
clonazepam	clonazepam	same
clonidine	clonidina
clopidogrel	clopidogrel	same
clorazepate	clorazepato
clotrimazole	clotrimazol
clozapine	clozapina
codeine	codeína
coenzyme Q10	coenzima Q10
colchicine	colchicina
collagen	colágeno
colostrum	calostro
conjugated estrogens	estrógenos conjugados
copper	cobre
cordyceps	cordyceps	name
cortisone acetate	acetato de cortisona
cranberry	arándano
creatine	creatina
crisaborole	crisaborol
cromolyn	cromoglicato
cyanocobalamin	vitamina B12
cyclobenzaprine	ciclobenzaprina
cyclophosphamide	ciclofosfamida
cyclosporine	ciclosporina
cyproheptadine	ciproheptadina
dabigatran	dabigatrán
dalfampridine	dalfampridina
dandelion	diente de león
dantrolene	dantroleno
dapagliflozin	dapagliflozina
daridorexant	daridorexant	same
deflazacort	deflazacort	same
denosumab	denosumab	same
desipramine	desipramina
desloratadine	desloratadina
desogestrel	desogestrel	same
desvenlafaxine	desvenlafaxina
deucravacitinib	deucravacitinib	same
deuruxolitinib	deuruxolitinib	same
deutetrabenazine	deutetrabenazina
dexamethasone	dexametasona
dexlansoprazole	dexlansoprazol
dextroamphetamine	dextroanfetamina
dextromethorphan	dextrometorfano
DHEA	DHEA	abbr
diazepam	diazepam	same
diclofenac	diclofenaco
dicyclomine	diciclomina
difenoxin	difenoxina
digestive enzymes	enzimas digestivas
digoxin	digoxina
dihydrocodeine	dihidrocodeína
diltiazem	diltiazem	same
dimenhydrinate	dimenhidrinato
dimethyl fumarate	fumarato de dimetilo
diphenhydramine	difenhidramina
diphenoxylate	difenoxilato
diroximel fumarate	fumarato de diroximel
disulfiram	disulfiram	same
docusate	docusato
dolutegravir	dolutegravir	same
donepezil	donepezilo
dorzolamide	dorzolamida
doxazosin	doxazosina
doxepin	doxepina
doxycycline	doxiciclina
doxylamine	doxilamina
dronedarone	dronedarona
drospirenone	drospirenona
droxidopa	droxidopa	same
dulaglutide	dulaglutida
duloxetine	duloxetina
dupilumab	dupilumab	same
dutasteride	dutasterida
echinacea	equinácea
eculizumab	eculizumab	same
edoxaban	edoxabán
efgartigimod alfa	efgartigimod alfa	same
elderberry	saúco
electrolyte tablets	tabletas de electrolitos	plain
electrolytes	electrolitos
eletriptan	eletriptán
eluxadoline	eluxadolina
emollient	crema hidratante
empagliflozin	empagliflozina
emtricitabine	emtricitabina
enalapril	enalapril	dci
enoxaparin	enoxaparina
epinephrine	epinefrina
eplerenone	eplerenona
erenumab	erenumab	same
ertugliflozin	ertugliflozina
erythromycin	eritromicina
escitalopram	escitalopram	same
esketamine	esketamina
esomeprazole	esomeprazol
estradiol	estradiol	same
eszopiclone	eszopiclona
etanercept	etanercept	same
ethinylestradiol	etinilestradiol
etodolac	etodolaco
etonogestrel	etonogestrel	same
etrasimod	etrasimod	same
evening primrose oil	aceite de onagra
everolimus	everolimus	same
evolocumab	evolocumab	same
exemestane	exemestano
exenatide	exenatida
ezetimibe	ezetimiba
famciclovir	famciclovir	same
famotidine	famotidina
febuxostat	febuxostat	same
felodipine	felodipino
fenofibrate	fenofibrato
fentanyl	fentanilo
ferrous sulfate	sulfato ferroso
feverfew	matricaria
fexofenadine	fexofenadina
finasteride	finasterida
fingolimod	fingolimod	same
flaxseed	linaza
flecainide	flecainida
fluconazole	fluconazol
fludrocortisone	fludrocortisona
fluoride	fluoruro
fluoxetine	fluoxetina
fluticasone	fluticasona
fluvastatin	fluvastatina
fluvoxamine	fluvoxamina
folic acid	ácido fólico
fosfomycin	fosfomicina
fosinopril	fosinopril	dci
fremanezumab	fremanezumab	same
furosemide	furosemida
GABA supplement	suplemento de GABA
gabapentin	gabapentina
galantamine	galantamina
galcanezumab	galcanezumab	same
garlic	ajo
gemfibrozil	gemfibrozilo
ginger	jengibre
ginkgo	ginkgo	name
ginseng	ginseng	name
glatiramer acetate	acetato de glatiramero
glecaprevir	glecaprevir	same
glimepiride	glimepirida
glipizide	glipizida
glucagon	glucagón
glucosamine	glucosamina
glutathione	glutatión
glyburide	glibenclamida
glycine	glicina
golimumab	golimumab	same
green tea extract	extracto de té verde	plain
greens powder	verduras en polvo
guaifenesin	guaifenesina
guanfacine	guanfacina
guselkumab	guselkumab	same
haloperidol	haloperidol	same
heparin	heparina
heroin	heroína
holy basil	albahaca sagrada
homatropine	homatropina
honey	miel
hyaluronic acid	ácido hialurónico
hydralazine	hidralazina
hydrochlorothiazide	hidroclorotiazida
hydrocodone	hidrocodona
hydrocortisone	hidrocortisona
hydromorphone	hidromorfona
hydroxychloroquine	hidroxicloroquina
hydroxyurea	hidroxiurea
hydroxyzine	hidroxizina
hyoscyamine	hiosciamina
ibandronate	ibandronato
ibuprofen	ibuprofeno
icosapent ethyl	icosapento de etilo
imatinib	imatinib	same
imipramine	imipramina
immune globulin	inmunoglobulina
indapamide	indapamida
indomethacin	indometacina
inebilizumab	inebilizumab	same
infliximab	infliximab	same
inositol	inositol	same
insulin aspart	insulina aspart
insulin degludec	insulina degludec
insulin detemir	insulina detemir
insulin glargine	insulina glargina
insulin glulisine	insulina glulisina
insulin human inhaled	insulina humana inhalada
insulin isophane	insulina NPH
insulin lispro	insulina lispro
insulin regular	insulina regular
interferon beta-1a	interferón beta-1a
interferon beta-1b	interferón beta-1b
iodine supplement	suplemento de yodo	plain
ipratropium	ipratropio
irbesartan	irbesartán
iron bisglycinate	bisglicinato de hierro
isoniazid	isoniazida
isosorbide dinitrate	dinitrato de isosorbida
isosorbide mononitrate	mononitrato de isosorbida
isotretinoin	isotretinoína
itraconazole	itraconazol
ivabradine	ivabradina
ivermectin	ivermectina
ixekizumab	ixekizumab	same
kava	kava	name
keratin	queratina
ketamine	ketamina
ketoconazole	ketoconazol
ketorolac	ketorolaco
ketotifen	ketotifeno
kratom	kratom	name
L-arginine	arginina
L-carnitine	carnitina
L-glutamine	glutamina
L-lysine	lisina
L-theanine	teanina
L-tyrosine	tirosina
labetalol	labetalol	same
lacosamide	lacosamida
lactase	lactasa
lactulose	lactulosa
lamotrigine	lamotrigina
lansoprazole	lansoprazol
latanoprost	latanoprost	same
lavender	lavanda
lebrikizumab	lebrikizumab	same
leflunomide	leflunomida
lemborexant	lemborexant	same
lemon balm	melisa
letrozole	letrozol
levalbuterol	levalbuterol	us
levetiracetam	levetiracetam	same
levocetirizine	levocetirizina
levodopa	levodopa	same
levofloxacin	levofloxacino
levonorgestrel	levonorgestrel	same
levonorgestrel emergency	levonorgestrel de emergencia	plain
levonorgestrel intrauterine	levonorgestrel intrauterino
levorphanol	levorfanol
levothyroxine	levotiroxina
licorice root	regaliz
lidocaine	lidocaína
lifitegrast	lifitegrast	same
linaclotide	linaclotida
linagliptin	linagliptina
lion's mane	melena de león
liothyronine	liotironina
liotrix	liotrix	same
liraglutide	liraglutida
lisdexamfetamine	lisdexanfetamina
lisinopril	lisinopril	dci
lithium	litio
loperamide	loperamida
loratadine	loratadina
lorazepam	lorazepam	same
losartan	losartán
lovastatin	lovastatina
low FODMAP enzymes	enzimas para la dieta baja en FODMAP
lubiprostone	lubiprostona
lurasidone	lurasidona
lutein	luteína
maca	maca	name
magnesium	magnesio
magnesium hydroxide	hidróxido de magnesio	plain
manganese	manganeso
marshmallow root	raíz de malvavisco
matcha	té matcha
meclizine	meclizina
medroxyprogesterone	medroxiprogesterona
melatonin	melatonina
meloxicam	meloxicam	same
memantine	memantina
menthol	mentol
meperidine	meperidina	us
mepolizumab	mepolizumab	same
mercaptopurine	mercaptopurina
mesalamine	mesalazina
metamizole	metamizol
metaxalone	metaxalona
metformin	metformina
methadone	metadona
methimazole	metimazol	us
methocarbamol	metocarbamol
methotrexate	metotrexato
methyl salicylate	salicilato de metilo
methylcellulose	metilcelulosa
methyldopa	metildopa
methylene blue	azul de metileno
methylnaltrexone	metilnaltrexona
methylphenidate	metilfenidato
methylprednisolone	metilprednisolona
metoclopramide	metoclopramida
metolazone	metolazona
metoprolol	metoprolol	same
metronidazole	metronidazol
miconazole	miconazol
midodrine	midodrina
milk thistle	cardo mariano
milnacipran	milnaciprán
minocycline	minociclina
minoxidil	minoxidil	same
mirabegron	mirabegrón
mirikizumab	mirikizumab	same
mirtazapine	mirtazapina
mitoxantrone	mitoxantrona
modafinil	modafinilo
molnupiravir	molnupiravir	same
mometasone	mometasona
monomethyl fumarate	fumarato de monometilo
montelukast	montelukast	same
moringa	moringa	name
morphine	morfina
moxifloxacin	moxifloxacino
MSM	MSM	abbr
mullein	gordolobo
multivitamin	multivitamínico
mupirocin	mupirocina
mushroom supplement	suplemento de hongos	plain
mycophenolate mofetil	micofenolato de mofetilo
mycophenolic acid	ácido micofenólico
N-acetylcysteine	acetilcisteína
nabumetone	nabumetona
NAD	NAD	abbr
nadolol	nadolol	same
nalbuphine	nalbufina
naldemedine	naldemedina
nalmefene	nalmefeno
naloxegol	naloxegol	same
naloxone	naloxona
naltrexone	naltrexona
naproxen	naproxeno
naratriptan	naratriptán
natalizumab	natalizumab	same
nattokinase	nattokinasa
nebivolol	nebivolol	same
nefazodone	nefazodona
nemolizumab	nemolizumab	same
neomycin	neomicina
niacin	niacina
nicotinamide	nicotinamida
nicotine	nicotina
nifedipine	nifedipino
nirmatrelvir	nirmatrelvir	same
nitrofurantoin	nitrofurantoína
nitroglycerin	nitroglicerina
norelgestromin	norelgestromina
norethindrone	noretisterona
norgestimate	norgestimato
nortriptyline	nortriptilina
nystatin	nistatina
ocrelizumab	ocrelizumab	same
ofatumumab	ofatumumab	same
olanzapine	olanzapina
oliceridine	oliceridina
olive leaf extract	extracto de hoja de olivo
olmesartan	olmesartán
olopatadine	olopatadina
olsalazine	olsalazina
omalizumab	omalizumab	same
omega-3 fatty acids	ácidos grasos omega-3	plain
omeprazole	omeprazol
onabotulinumtoxinA	toxina botulínica
ondansetron	ondansetrón
opium	opio
opium tincture	tintura de opio
oregano oil	aceite de orégano
oseltamivir	oseltamivir	same
ox bile	bilis de buey
oxazepam	oxazepam	same
oxcarbazepine	oxcarbazepina
oxybutynin	oxibutinina
oxycodone	oxicodona
oxymetazoline	oximetazolina
oxymorphone	oximorfona
ozanimod	ozanimod	same
paliperidone	paliperidona
palmitoylethanolamide	palmitoiletanolamida
pancrelipase	pancrelipasa
pantoprazole	pantoprazol
paroxetine	paroxetina
passionflower	pasiflora
peginterferon beta-1a	peginterferón beta-1a
penicillin V	penicilina V	plain
pentazocine	pentazocina
peppermint oil	aceite de menta
perindopril	perindopril	dci
phenazopyridine	fenazopiridina
phenelzine	fenelzina
phenobarbital	fenobarbital
phenylephrine	fenilefrina
phenytoin	fenitoína
phosphatidylserine	fosfatidilserina
phytonadione	vitamina K
pibrentasvir	pibrentasvir	same
pimecrolimus	pimecrolimus	same
pioglitazone	pioglitazona
piroxicam	piroxicam	same
pitavastatin	pitavastatina
plecanatide	plecanatida
polyethylene glycol 3350	polietilenglicol
polymyxin B	polimixina B
ponesimod	ponesimod	same
potassium chloride	cloruro de potasio
potassium iodide	yoduro de potasio
potassium supplement	suplemento de potasio
pramipexole	pramipexol
prasugrel	prasugrel	same
pravastatin	pravastatina
prazosin	prazosina
prebiotic fiber	fibra prebiótica	plain
prednisolone	prednisolona
prednisone	prednisona
pregabalin	pregabalina
pregnenolone	pregnenolona
probenecid	probenecid	same
probiotic	probióticos
prochlorperazine	proclorperazina
progesterone	progesterona
promethazine	prometazina
propafenone	propafenona
propranolol	propranolol	same
propylthiouracil	propiltiouracilo
protein powder	proteína en polvo
pseudoephedrine	pseudoefedrina
psyllium	psilio
psyllium husk	cáscara de psilio
pyridostigmine	piridostigmina
pyridoxine	vitamina B6
quercetin	quercetina
quetiapine	quetiapina
quinapril	quinapril	dci
rabeprazole	rabeprazol
raloxifene	raloxifeno
ramelteon	ramelteón
ramipril	ramipril	dci
ranitidine	ranitidina
ranolazine	ranolazina
rasagiline	rasagilina
ravulizumab	ravulizumab	same
red yeast rice	levadura de arroz rojo
reishi	reishi	name
reslizumab	reslizumab	same
resveratrol	resveratrol	same
retinol	retinol	same
rhodiola	rodiola
riboflavin	riboflavina
rifampin	rifampicina
rifaximin	rifaximina
rilonacept	rilonacept	same
riluzole	riluzol
rimegepant	rimegepant	same
risankizumab	risankizumab	same
risedronate	risedronato
risperidone	risperidona
ritlecitinib	ritlecitinib	same
ritonavir	ritonavir	same
rituximab	rituximab	same
rivaroxaban	rivaroxabán
rivastigmine	rivastigmina
rizatriptan	rizatriptán
roflumilast	roflumilast	same
ropinirole	ropinirol
rosuvastatin	rosuvastatina
rozanolixizumab	rozanolixizumab	same
ruxolitinib	ruxolitinib	same
S-adenosylmethionine	S-adenosilmetionina
sacubitril	sacubitril	same
salsalate	salsalato
samidorphan	samidorfano
sarilumab	sarilumab	same
satralizumab	satralizumab	same
saw palmetto	palma enana
saxagliptin	saxagliptina
scopolamine	escopolamina
sea moss	musgo marino
secukinumab	secukinumab	same
selegiline	selegilina
selenium	selenio
semaglutide	semaglutida
senna	sen
sertraline	sertralina
sildenafil	sildenafilo
silodosin	silodosina
simethicone	simeticona
simvastatin	simvastatina
siponimod	siponimod	same
sirolimus	sirolimus	same
sitagliptin	sitagliptina
slippery elm	olmo rojo
sodium bicarbonate	bicarbonato de sodio
sofosbuvir	sofosbuvir	same
solifenacin	solifenacina
sotalol	sotalol	same
spironolactone	espironolactona
spirulina	espirulina
St. John's wort	hierba de San Juan
sucralfate	sucralfato
sufentanil	sufentanilo
sulfamethoxazole	sulfametoxazol
sulfasalazine	sulfasalazina
sumatriptan	sumatriptán
suvorexant	suvorexant	same
tacrolimus	tacrolimus	same
tadalafil	tadalafilo
tamoxifen	tamoxifeno
tamsulosin	tamsulosina
tapentadol	tapentadol	same
tart cherry	cereza ácida
taurine	taurina
telmisartan	telmisartán
temazepam	temazepam	same
tenofovir alafenamide	tenofovir alafenamida
tenofovir disoproxil	tenofovir disoproxilo
teprotumumab	teprotumumab	same
terazosin	terazosina
terbinafine	terbinafina
teriflunomide	teriflunomida
teriparatide	teriparatida
testosterone	testosterona
tetrabenazine	tetrabenazina
tetracycline	tetraciclina
tezepelumab	tezepelumab	same
theophylline	teofilina
thiamine	vitamina B1
thioridazine	tioridazina
thyroid, desiccated	tiroides desecada
ticagrelor	ticagrelor	same
tildrakizumab	tildrakizumab	same
timolol	timolol	same
tiotropium	tiotropio
tirzepatide	tirzepatida
tizanidine	tizanidina
tocilizumab	tocilizumab	same
tocopherol	vitamina E
tofacitinib	tofacitinib	same
tolterodine	tolterodina
topiramate	topiramato
torsemide	torasemida
tralokinumab	tralokinumab	same
tramadol	tramadol	same
trandolapril	trandolapril	dci
trazodone	trazodona
tretinoin	tretinoína
triamcinolone	triamcinolona
triamterene	triamtereno
triazolam	triazolam	same
trimethoprim	trimetoprima
trospium	trospio
turmeric	cúrcuma
ublituximab	ublituximab	same
ubrogepant	ubrogepant	same
umeclidinium	umeclidinio
upadacitinib	upadacitinib	same
ursodiol	ácido ursodesoxicólico
ustekinumab	ustekinumab	same
valacyclovir	valaciclovir
valbenazine	valbenazina
valerian	valeriana
valproic acid	ácido valproico
valsartan	valsartán
vancomycin	vancomicina
vardenafil	vardenafilo
varenicline	vareniclina
vedolizumab	vedolizumab	same
velpatasvir	velpatasvir	same
venlafaxine	venlafaxina
verapamil	verapamilo
vibegron	vibegrón
vilanterol	vilanterol	same
vilazodone	vilazodona
vitamin B complex	complejo B
vitamin D with K2	vitamina D con K2
vitamin D3 and K2	vitamina D3 y K2
voclosporin	voclosporina
vortioxetine	vortioxetina
warfarin	warfarina
wheat dextrin	dextrina de trigo
zaleplon	zaleplón
zinc	zinc	same
ziprasidone	ziprasidona
zoledronic acid	ácido zoledrónico
zolmitriptan	zolmitriptán
zolpidem	zolpidem	same
zonisamide	zonisamida
`;
