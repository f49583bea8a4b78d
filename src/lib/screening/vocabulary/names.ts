// The medicine vocabulary: one row per name a patient may type, tab-separated, read by ./index.ts.
//
//   name          as written: generic (INN/USAN), US brand, Spanish generic, or a lay phrase
//   lang          en or es: the language of the name (a Spanish display name per ingredient can be
//                 derived from the es rows of a single-ingredient group)
//   ingredients   generic ingredient names, '; '-separated; empty for a lay phrase naming only a class
//   class         the WHO ATC class (./classes.ts) or a project class (X-SUPP, X-OTHER)
//   kind          'ask': the name names no single medicine; the matcher asks which one is meant
//
// Sources: the ingredients of the ~300 most prescribed US medicines and their main US brands (public
// top-300 lists), common over-the-counter products, supplements, and the Spanish generic names
// (Denominación Común Internacional). Names and classes are public facts, written out here by hand.
// A name whose ingredients are a RULEBOOK catalog entry's resolves to that entry (the catalog stays
// the authority for every class a rule reads); vocabulary.spec.ts checks duplicates, unknown classes
// and conflicts with the catalog. Server-side only: nothing under src/lib/screening reaches the browser.
export const VOCABULARY_TSV = `
atorvastatin	en	atorvastatin	C10A
Lipitor	en	atorvastatin	C10A
atorvastatina	es	atorvastatin	C10A
simvastatin	en	simvastatin	C10A
Zocor	en	simvastatin	C10A
simvastatina	es	simvastatin	C10A
rosuvastatin	en	rosuvastatin	C10A
Crestor	en	rosuvastatin	C10A
Ezallor	en	rosuvastatin	C10A
rosuvastatina	es	rosuvastatin	C10A
pravastatin	en	pravastatin	C10A
Pravachol	en	pravastatin	C10A
pravastatina	es	pravastatin	C10A
lovastatin	en	lovastatin	C10A
Mevacor	en	lovastatin	C10A
Altoprev	en	lovastatin	C10A
lovastatina	es	lovastatin	C10A
pitavastatin	en	pitavastatin	C10A
Livalo	en	pitavastatin	C10A
Zypitamag	en	pitavastatin	C10A
pitavastatina	es	pitavastatin	C10A
fluvastatin	en	fluvastatin	C10A
Lescol	en	fluvastatin	C10A
fluvastatina	es	fluvastatin	C10A
ezetimibe	en	ezetimibe	C10A
Zetia	en	ezetimibe	C10A
ezetimiba	es	ezetimibe	C10A
Vytorin	en	ezetimibe; simvastatin	C10B
fenofibrate	en	fenofibrate	C10A
Tricor	en	fenofibrate	C10A
Trilipix	en	fenofibrate	C10A
Fenoglide	en	fenofibrate	C10A
Lipofen	en	fenofibrate	C10A
Antara	en	fenofibrate	C10A
fenofibrato	es	fenofibrate	C10A
gemfibrozil	en	gemfibrozil	C10A
Lopid	en	gemfibrozil	C10A
gemfibrozilo	es	gemfibrozil	C10A
niacin	en	niacin	C10A
Niaspan	en	niacin	C10A
Niacor	en	niacin	C10A
nicotinic acid	en	niacin	C10A
niacina	es	niacin	C10A
icosapent ethyl	en	icosapent ethyl	C10A
Vascepa	en	icosapent ethyl	C10A
icosapento de etilo	es	icosapent ethyl	C10A
evolocumab	en	evolocumab	C10A
Repatha	en	evolocumab	C10A
alirocumab	en	alirocumab	C10A
Praluent	en	alirocumab	C10A
bempedoic acid	en	bempedoic acid	C10A
Nexletol	en	bempedoic acid	C10A
acido bempedoico	es	bempedoic acid	C10A
lisinopril	en	lisinopril	C09A
Zestril	en	lisinopril	C09A
Prinivil	en	lisinopril	C09A
Qbrelis	en	lisinopril	C09A
lisinoprilo	es	lisinopril	C09A
enalapril	en	enalapril	C09A
Vasotec	en	enalapril	C09A
Epaned	en	enalapril	C09A
enalaprilo	es	enalapril	C09A
benazepril	en	benazepril	C09A
Lotensin	en	benazepril	C09A
benazeprilo	es	benazepril	C09A
ramipril	en	ramipril	C09A
Altace	en	ramipril	C09A
ramiprilo	es	ramipril	C09A
quinapril	en	quinapril	C09A
Accupril	en	quinapril	C09A
quinaprilo	es	quinapril	C09A
fosinopril	en	fosinopril	C09A
Monopril	en	fosinopril	C09A
fosinoprilo	es	fosinopril	C09A
captopril	en	captopril	C09A
Capoten	en	captopril	C09A
captoprilo	es	captopril	C09A
perindopril	en	perindopril	C09A
Aceon	en	perindopril	C09A
perindoprilo	es	perindopril	C09A
trandolapril	en	trandolapril	C09A
Mavik	en	trandolapril	C09A
trandolaprilo	es	trandolapril	C09A
losartan	en	losartan	C09C
Cozaar	en	losartan	C09C
valsartan	en	valsartan	C09C
Diovan	en	valsartan	C09C
irbesartan	en	irbesartan	C09C
Avapro	en	irbesartan	C09C
olmesartan	en	olmesartan	C09C
Benicar	en	olmesartan	C09C
telmisartan	en	telmisartan	C09C
Micardis	en	telmisartan	C09C
candesartan	en	candesartan	C09C
Atacand	en	candesartan	C09C
azilsartan	en	azilsartan	C09C
Edarbi	en	azilsartan	C09C
Hyzaar	en	hydrochlorothiazide; losartan	C09D
Diovan HCT	en	hydrochlorothiazide; valsartan	C09D
Benicar HCT	en	hydrochlorothiazide; olmesartan	C09D
Zestoretic	en	hydrochlorothiazide; lisinopril	C09B
Prinzide	en	hydrochlorothiazide; lisinopril	C09B
Exforge	en	amlodipine; valsartan	C09D
Azor	en	amlodipine; olmesartan	C09D
Lotrel	en	amlodipine; benazepril	C09B
Entresto	en	sacubitril; valsartan	C09D
hydrochlorothiazide	en	hydrochlorothiazide	C03A
HCTZ	en	hydrochlorothiazide	C03A
Microzide	en	hydrochlorothiazide	C03A
hidroclorotiazida	es	hydrochlorothiazide	C03A
chlorthalidone	en	chlorthalidone	C03B
Thalitone	en	chlorthalidone	C03B
Hygroton	en	chlorthalidone	C03B
clortalidona	es	chlorthalidone	C03B
indapamide	en	indapamide	C03B
Lozol	en	indapamide	C03B
indapamida	es	indapamide	C03B
metolazone	en	metolazone	C03B
Zaroxolyn	en	metolazone	C03B
metolazona	es	metolazone	C03B
furosemide	en	furosemide	C03C
Lasix	en	furosemide	C03C
Furoscix	en	furosemide	C03C
furosemida	es	furosemide	C03C
bumetanide	en	bumetanide	C03C
Bumex	en	bumetanide	C03C
bumetanida	es	bumetanide	C03C
torsemide	en	torsemide	C03C
Demadex	en	torsemide	C03C
Soaanz	en	torsemide	C03C
torasemida	es	torsemide	C03C
spironolactone	en	spironolactone	C03D
Aldactone	en	spironolactone	C03D
CaroSpir	en	spironolactone	C03D
espironolactona	es	spironolactone	C03D
eplerenone	en	eplerenone	C03D
Inspra	en	eplerenone	C03D
eplerenona	es	eplerenone	C03D
Dyazide	en	triamterene; hydrochlorothiazide	C03D
Maxzide	en	triamterene; hydrochlorothiazide	C03D
amiloride	en	amiloride	C03D
Midamor	en	amiloride	C03D
amilorida	es	amiloride	C03D
amlodipine	en	amlodipine	C08C
Norvasc	en	amlodipine	C08C
Katerzia	en	amlodipine	C08C
amlodipino	es	amlodipine	C08C
nifedipine	en	nifedipine	C08C
Procardia	en	nifedipine	C08C
Adalat	en	nifedipine	C08C
nifedipino	es	nifedipine	C08C
felodipine	en	felodipine	C08C
Plendil	en	felodipine	C08C
felodipino	es	felodipine	C08C
diltiazem	en	diltiazem	C08D
Cardizem	en	diltiazem	C08D
Tiazac	en	diltiazem	C08D
Cartia	en	diltiazem	C08D
Dilt-XR	en	diltiazem	C08D
verapamil	en	verapamil	C08D
Calan	en	verapamil	C08D
Verelan	en	verapamil	C08D
Isoptin	en	verapamil	C08D
verapamilo	es	verapamil	C08D
metoprolol	en	metoprolol	C07A
Lopressor	en	metoprolol	C07A
Toprol XL	en	metoprolol	C07A
Toprol	en	metoprolol	C07A
atenolol	en	atenolol	C07A
Tenormin	en	atenolol	C07A
bisoprolol	en	bisoprolol	C07A
Zebeta	en	bisoprolol	C07A
nebivolol	en	nebivolol	C07A
Bystolic	en	nebivolol	C07A
propranolol	en	propranolol	C07A
Inderal	en	propranolol	C07A
InnoPran	en	propranolol	C07A
nadolol	en	nadolol	C07A
Corgard	en	nadolol	C07A
sotalol	en	sotalol	C07A
Betapace	en	sotalol	C07A
Sotylize	en	sotalol	C07A
carvedilol	en	carvedilol	C07A
Coreg	en	carvedilol	C07A
labetalol	en	labetalol	C07A
Trandate	en	labetalol	C07A
Tenoretic	en	atenolol; chlorthalidone	C07C
clonidine	en	clonidine	C02A
Catapres	en	clonidine	C02A
Kapvay	en	clonidine	C02A
clonidina	es	clonidine	C02A
guanfacine	en	guanfacine	C02A
Intuniv	en	guanfacine	C02A
Tenex	en	guanfacine	C02A
guanfacina	es	guanfacine	C02A
hydralazine	en	hydralazine	C02D
Apresoline	en	hydralazine	C02D
hidralazina	es	hydralazine	C02D
doxazosin	en	doxazosin	C02C
Cardura	en	doxazosin	C02C
doxazosina	es	doxazosin	C02C
prazosin	en	prazosin	C02C
Minipress	en	prazosin	C02C
prazosina	es	prazosin	C02C
terazosin	en	terazosin	C02C
Hytrin	en	terazosin	C02C
terazosina	es	terazosin	C02C
methyldopa	en	methyldopa	C02A
Aldomet	en	methyldopa	C02A
metildopa	es	methyldopa	C02A
digoxin	en	digoxin	C01A
Lanoxin	en	digoxin	C01A
digoxina	es	digoxin	C01A
amiodarone	en	amiodarone	C01B
Pacerone	en	amiodarone	C01B
Cordarone	en	amiodarone	C01B
amiodarona	es	amiodarone	C01B
flecainide	en	flecainide	C01B
Tambocor	en	flecainide	C01B
flecainida	es	flecainide	C01B
propafenone	en	propafenone	C01B
Rythmol	en	propafenone	C01B
propafenona	es	propafenone	C01B
dronedarone	en	dronedarone	C01B
Multaq	en	dronedarone	C01B
dronedarona	es	dronedarone	C01B
isosorbide mononitrate	en	isosorbide mononitrate	C01D
Imdur	en	isosorbide mononitrate	C01D
Monoket	en	isosorbide mononitrate	C01D
mononitrato de isosorbida	es	isosorbide mononitrate	C01D
isosorbide dinitrate	en	isosorbide dinitrate	C01D
Isordil	en	isosorbide dinitrate	C01D
dinitrato de isosorbida	es	isosorbide dinitrate	C01D
nitroglycerin	en	nitroglycerin	C01D
Nitrostat	en	nitroglycerin	C01D
Nitro-Dur	en	nitroglycerin	C01D
nitro	en	nitroglycerin	C01D
nitroglicerina	es	nitroglycerin	C01D
ranolazine	en	ranolazine	C01E
Ranexa	en	ranolazine	C01E
ranolazina	es	ranolazine	C01E
ivabradine	en	ivabradine	C01E
Corlanor	en	ivabradine	C01E
ivabradina	es	ivabradine	C01E
midodrine	en	midodrine	C01C
ProAmatine	en	midodrine	C01C
Orvaten	en	midodrine	C01C
midodrina	es	midodrine	C01C
warfarin	en	warfarin	B01A
Coumadin	en	warfarin	B01A
Jantoven	en	warfarin	B01A
warfarina	es	warfarin	B01A
apixaban	en	apixaban	B01A
Eliquis	en	apixaban	B01A
rivaroxaban	en	rivaroxaban	B01A
Xarelto	en	rivaroxaban	B01A
dabigatran	en	dabigatran	B01A
Pradaxa	en	dabigatran	B01A
edoxaban	en	edoxaban	B01A
Savaysa	en	edoxaban	B01A
clopidogrel	en	clopidogrel	B01A
Plavix	en	clopidogrel	B01A
prasugrel	en	prasugrel	B01A
Effient	en	prasugrel	B01A
ticagrelor	en	ticagrelor	B01A
Brilinta	en	ticagrelor	B01A
cilostazol	en	cilostazol	B01A
Pletal	en	cilostazol	B01A
enoxaparin	en	enoxaparin	B01A
Lovenox	en	enoxaparin	B01A
enoxaparina	es	enoxaparin	B01A
heparin	en	heparin	B01A
heparina	es	heparin	B01A
aspirin	en	aspirin	B01A
Bayer	en	aspirin	B01A
Ecotrin	en	aspirin	B01A
Bufferin	en	aspirin	B01A
Durlaza	en	aspirin	B01A
ASA	en	aspirin	B01A
acetylsalicylic acid	en	aspirin	B01A
aspirina	es	aspirin	B01A
ácido acetilsalicílico	es	aspirin	B01A
metformin	en	metformin	A10B
Glucophage	en	metformin	A10B
Glumetza	en	metformin	A10B
Fortamet	en	metformin	A10B
Riomet	en	metformin	A10B
metformina	es	metformin	A10B
glipizide	en	glipizide	A10B
Glucotrol	en	glipizide	A10B
glipizida	es	glipizide	A10B
glimepiride	en	glimepiride	A10B
Amaryl	en	glimepiride	A10B
glimepirida	es	glimepiride	A10B
glyburide	en	glyburide	A10B
Diabeta	en	glyburide	A10B
Glynase	en	glyburide	A10B
glibenclamide	en	glyburide	A10B
glibenclamida	es	glyburide	A10B
gliburida	es	glyburide	A10B
pioglitazone	en	pioglitazone	A10B
Actos	en	pioglitazone	A10B
pioglitazona	es	pioglitazone	A10B
sitagliptin	en	sitagliptin	A10B
Januvia	en	sitagliptin	A10B
sitagliptina	es	sitagliptin	A10B
linagliptin	en	linagliptin	A10B
Tradjenta	en	linagliptin	A10B
linagliptina	es	linagliptin	A10B
saxagliptin	en	saxagliptin	A10B
Onglyza	en	saxagliptin	A10B
saxagliptina	es	saxagliptin	A10B
alogliptin	en	alogliptin	A10B
Nesina	en	alogliptin	A10B
alogliptina	es	alogliptin	A10B
Janumet	en	metformin; sitagliptin	A10B
Jentadueto	en	linagliptin; metformin	A10B
Synjardy	en	empagliflozin; metformin	A10B
Glyxambi	en	empagliflozin; linagliptin	A10B
empagliflozin	en	empagliflozin	A10B
Jardiance	en	empagliflozin	A10B
empagliflozina	es	empagliflozin	A10B
dapagliflozin	en	dapagliflozin	A10B
Farxiga	en	dapagliflozin	A10B
dapagliflozina	es	dapagliflozin	A10B
canagliflozin	en	canagliflozin	A10B
Invokana	en	canagliflozin	A10B
canagliflozina	es	canagliflozin	A10B
ertugliflozin	en	ertugliflozin	A10B
Steglatro	en	ertugliflozin	A10B
ertugliflozina	es	ertugliflozin	A10B
semaglutide	en	semaglutide	A10B
Ozempic	en	semaglutide	A10B
Wegovy	en	semaglutide	A10B
Rybelsus	en	semaglutide	A10B
semaglutida	es	semaglutide	A10B
liraglutide	en	liraglutide	A10B
Victoza	en	liraglutide	A10B
Saxenda	en	liraglutide	A10B
liraglutida	es	liraglutide	A10B
dulaglutide	en	dulaglutide	A10B
Trulicity	en	dulaglutide	A10B
dulaglutida	es	dulaglutide	A10B
exenatide	en	exenatide	A10B
Byetta	en	exenatide	A10B
Bydureon	en	exenatide	A10B
exenatida	es	exenatide	A10B
tirzepatide	en	tirzepatide	A10B
Mounjaro	en	tirzepatide	A10B
Zepbound	en	tirzepatide	A10B
tirzepatida	es	tirzepatide	A10B
insulin glargine	en	insulin glargine	A10A
Lantus	en	insulin glargine	A10A
Basaglar	en	insulin glargine	A10A
Toujeo	en	insulin glargine	A10A
Semglee	en	insulin glargine	A10A
Rezvoglar	en	insulin glargine	A10A
insulina glargina	es	insulin glargine	A10A
insulin detemir	en	insulin detemir	A10A
Levemir	en	insulin detemir	A10A
insulina detemir	es	insulin detemir	A10A
insulin degludec	en	insulin degludec	A10A
Tresiba	en	insulin degludec	A10A
insulina degludec	es	insulin degludec	A10A
insulin lispro	en	insulin lispro	A10A
Humalog	en	insulin lispro	A10A
Admelog	en	insulin lispro	A10A
Lyumjev	en	insulin lispro	A10A
insulina lispro	es	insulin lispro	A10A
insulin aspart	en	insulin aspart	A10A
Novolog	en	insulin aspart	A10A
Fiasp	en	insulin aspart	A10A
insulina aspart	es	insulin aspart	A10A
insulin glulisine	en	insulin glulisine	A10A
Apidra	en	insulin glulisine	A10A
insulin regular	en	insulin regular	A10A
Humulin R	en	insulin regular	A10A
Novolin R	en	insulin regular	A10A
insulina regular	es	insulin regular	A10A
insulin isophane	en	insulin isophane	A10A
Humulin N	en	insulin isophane	A10A
Novolin N	en	insulin isophane	A10A
NPH insulin	en	insulin isophane	A10A
insulina NPH	es	insulin isophane	A10A
Humulin 70/30	en	insulin isophane; insulin regular	A10A
Novolin 70/30	en	insulin isophane; insulin regular	A10A
insulin human inhaled	en	insulin human inhaled	A10A
Afrezza	en	insulin human inhaled	A10A
glucagon	en	glucagon	H04A
Baqsimi	en	glucagon	H04A
Gvoke	en	glucagon	H04A
omeprazole	en	omeprazole	A02B
Prilosec	en	omeprazole	A02B
Prilosec OTC	en	omeprazole	A02B
omeprazol	es	omeprazole	A02B
esomeprazole	en	esomeprazole	A02B
Nexium	en	esomeprazole	A02B
esomeprazol	es	esomeprazole	A02B
pantoprazole	en	pantoprazole	A02B
Protonix	en	pantoprazole	A02B
pantoprazol	es	pantoprazole	A02B
lansoprazole	en	lansoprazole	A02B
Prevacid	en	lansoprazole	A02B
lansoprazol	es	lansoprazole	A02B
rabeprazole	en	rabeprazole	A02B
Aciphex	en	rabeprazole	A02B
rabeprazol	es	rabeprazole	A02B
dexlansoprazole	en	dexlansoprazole	A02B
Dexilant	en	dexlansoprazole	A02B
dexlansoprazol	es	dexlansoprazole	A02B
famotidine	en	famotidine	A02B
Pepcid	en	famotidine	A02B
Pepcid AC	en	famotidine	A02B
famotidina	es	famotidine	A02B
cimetidine	en	cimetidine	A02B
Tagamet	en	cimetidine	A02B
cimetidina	es	cimetidine	A02B
ranitidine	en	ranitidine	A02B
Zantac	en	ranitidine	A02B
ranitidina	es	ranitidine	A02B
sucralfate	en	sucralfate	A02B
Carafate	en	sucralfate	A02B
sucralfato	es	sucralfate	A02B
calcium carbonate	en	calcium carbonate	A02A
Tums	en	calcium carbonate	A02A
Rolaids	en	calcium carbonate	A02A
Caltrate	en	calcium carbonate	A02A
Os-Cal	en	calcium carbonate	A02A
carbonato de calcio	es	calcium carbonate	A02A
Maalox	en	aluminium hydroxide; magnesium hydroxide	A02A
Mylanta	en	aluminium hydroxide; magnesium hydroxide	A02A
bismuth subsalicylate	en	bismuth subsalicylate	A02B
Pepto-Bismol	en	bismuth subsalicylate	A02B
Pepto	en	bismuth subsalicylate	A02B
Kaopectate	en	bismuth subsalicylate	A02B
subsalicilato de bismuto	es	bismuth subsalicylate	A02B
sodium bicarbonate	en	sodium bicarbonate	A02B
Alka-Seltzer	en	sodium bicarbonate	A02B
baking soda	en	sodium bicarbonate	A02B
bicarbonato de sodio	es	sodium bicarbonate	A02B
simethicone	en	simethicone	A03A
Gas-X	en	simethicone	A03A
Phazyme	en	simethicone	A03A
simeticona	es	simethicone	A03A
ondansetron	en	ondansetron	A04A
Zofran	en	ondansetron	A04A
metoclopramide	en	metoclopramide	A03F
Reglan	en	metoclopramide	A03F
metoclopramida	es	metoclopramide	A03F
prochlorperazine	en	prochlorperazine	N05A
Compazine	en	prochlorperazine	N05A
proclorperazina	es	prochlorperazine	N05A
scopolamine	en	scopolamine	A04A
Transderm Scop	en	scopolamine	A04A
escopolamina	es	scopolamine	A04A
meclizine	en	meclizine	N07C
Antivert	en	meclizine	N07C
Bonine	en	meclizine	N07C
Dramamine Less Drowsy	en	meclizine	N07C
meclizina	es	meclizine	N07C
dimenhydrinate	en	dimenhydrinate	R06A
Dramamine	en	dimenhydrinate	R06A
dimenhidrinato	es	dimenhydrinate	R06A
dicyclomine	en	dicyclomine	A03A
Bentyl	en	dicyclomine	A03A
diciclomina	es	dicyclomine	A03A
hyoscyamine	en	hyoscyamine	A03B
Levsin	en	hyoscyamine	A03B
Levbid	en	hyoscyamine	A03B
hiosciamina	es	hyoscyamine	A03B
linaclotide	en	linaclotide	A06A
Linzess	en	linaclotide	A06A
linaclotida	es	linaclotide	A06A
lubiprostone	en	lubiprostone	A06A
Amitiza	en	lubiprostone	A06A
lubiprostona	es	lubiprostone	A06A
plecanatide	en	plecanatide	A06A
Trulance	en	plecanatide	A06A
polyethylene glycol 3350	en	polyethylene glycol 3350	A06A
Miralax	en	polyethylene glycol 3350	A06A
GlycoLax	en	polyethylene glycol 3350	A06A
PEG 3350	en	polyethylene glycol 3350	A06A
polietilenglicol	es	polyethylene glycol 3350	A06A
docusate	en	docusate	A06A
Colace	en	docusate	A06A
Dulcolax Stool Softener	en	docusate	A06A
stool softener	en	docusate	A06A
docusato	es	docusate	A06A
senna	en	senna	A06A
Senokot	en	senna	A06A
sennosides	en	senna	A06A
Ex-Lax	en	senna	A06A
sen	es	senna	A06A
senósidos	es	senna	A06A
bisacodyl	en	bisacodyl	A06A
Dulcolax	en	bisacodyl	A06A
bisacodilo	es	bisacodyl	A06A
lactulose	en	lactulose	A06A
Enulose	en	lactulose	A06A
Kristalose	en	lactulose	A06A
lactulosa	es	lactulose	A06A
magnesium hydroxide	en	magnesium hydroxide	A06A
Milk of Magnesia	en	magnesium hydroxide	A06A
Phillips	en	magnesium hydroxide	A06A
leche de magnesia	es	magnesium hydroxide	A06A
psyllium	en	psyllium	A06A
Metamucil	en	psyllium	A06A
Konsyl	en	psyllium	A06A
psilio	es	psyllium	A06A
methylcellulose	en	methylcellulose	A06A
Citrucel	en	methylcellulose	A06A
metilcelulosa	es	methylcellulose	A06A
wheat dextrin	en	wheat dextrin	A06A
Benefiber	en	wheat dextrin	A06A
ursodiol	en	ursodiol	A05A
Actigall	en	ursodiol	A05A
Urso	en	ursodiol	A05A
ácido ursodesoxicólico	es	ursodiol	A05A
pancrelipase	en	pancrelipase	A09A
Creon	en	pancrelipase	A09A
Zenpep	en	pancrelipase	A09A
pancrelipasa	es	pancrelipase	A09A
rifaximin	en	rifaximin	A07A
Xifaxan	en	rifaximin	A07A
rifaximina	es	rifaximin	A07A
activated charcoal	en	activated charcoal	A07B
carbón activado	es	activated charcoal	A07B
sertraline	en	sertraline	N06A
Zoloft	en	sertraline	N06A
sertralina	es	sertraline	N06A
escitalopram	en	escitalopram	N06A
Lexapro	en	escitalopram	N06A
citalopram	en	citalopram	N06A
Celexa	en	citalopram	N06A
fluoxetine	en	fluoxetine	N06A
Prozac	en	fluoxetine	N06A
Sarafem	en	fluoxetine	N06A
fluoxetina	es	fluoxetine	N06A
paroxetine	en	paroxetine	N06A
Paxil	en	paroxetine	N06A
Pexeva	en	paroxetine	N06A
Brisdelle	en	paroxetine	N06A
paroxetina	es	paroxetine	N06A
fluvoxamine	en	fluvoxamine	N06A
Luvox	en	fluvoxamine	N06A
fluvoxamina	es	fluvoxamine	N06A
venlafaxine	en	venlafaxine	N06A
Effexor	en	venlafaxine	N06A
Effexor XR	en	venlafaxine	N06A
venlafaxina	es	venlafaxine	N06A
desvenlafaxine	en	desvenlafaxine	N06A
Pristiq	en	desvenlafaxine	N06A
desvenlafaxina	es	desvenlafaxine	N06A
duloxetine	en	duloxetine	N06A
Cymbalta	en	duloxetine	N06A
Drizalma	en	duloxetine	N06A
duloxetina	es	duloxetine	N06A
bupropion	en	bupropion	N06A
Wellbutrin	en	bupropion	N06A
Wellbutrin XL	en	bupropion	N06A
Wellbutrin SR	en	bupropion	N06A
Zyban	en	bupropion	N06A
Aplenzin	en	bupropion	N06A
Forfivo	en	bupropion	N06A
mirtazapine	en	mirtazapine	N06A
Remeron	en	mirtazapine	N06A
RemeronSolTab	en	mirtazapine	N06A
mirtazapina	es	mirtazapine	N06A
vortioxetine	en	vortioxetine	N06A
Trintellix	en	vortioxetine	N06A
vortioxetina	es	vortioxetine	N06A
vilazodone	en	vilazodone	N06A
Viibryd	en	vilazodone	N06A
vilazodona	es	vilazodone	N06A
nefazodone	en	nefazodone	N06A
nefazodona	es	nefazodone	N06A
amitriptyline	en	amitriptyline	N06A
Elavil	en	amitriptyline	N06A
amitriptilina	es	amitriptyline	N06A
nortriptyline	en	nortriptyline	N06A
Pamelor	en	nortriptyline	N06A
nortriptilina	es	nortriptyline	N06A
doxepin	en	doxepin	N06A
Silenor	en	doxepin	N06A
doxepina	es	doxepin	N06A
imipramine	en	imipramine	N06A
Tofranil	en	imipramine	N06A
imipramina	es	imipramine	N06A
clomipramine	en	clomipramine	N06A
Anafranil	en	clomipramine	N06A
clomipramina	es	clomipramine	N06A
desipramine	en	desipramine	N06A
Norpramin	en	desipramine	N06A
desipramina	es	desipramine	N06A
phenelzine	en	phenelzine	N06A
Nardil	en	phenelzine	N06A
fenelzina	es	phenelzine	N06A
selegiline	en	selegiline	N06A
Emsam	en	selegiline	N06A
Eldepryl	en	selegiline	N06A
selegilina	es	selegiline	N06A
buspirone	en	buspirone	N05B
Buspar	en	buspirone	N05B
buspirona	es	buspirone	N05B
alprazolam	en	alprazolam	N05B
Xanax	en	alprazolam	N05B
Xanax XR	en	alprazolam	N05B
lorazepam	en	lorazepam	N05B
Ativan	en	lorazepam	N05B
diazepam	en	diazepam	N05B
Valium	en	diazepam	N05B
chlordiazepoxide	en	chlordiazepoxide	N05B
Librium	en	chlordiazepoxide	N05B
clordiazepóxido	es	chlordiazepoxide	N05B
clorazepate	en	clorazepate	N05B
Tranxene	en	clorazepate	N05B
oxazepam	en	oxazepam	N05B
clonazepam	en	clonazepam	N03A
Klonopin	en	clonazepam	N03A
temazepam	en	temazepam	N05C
Restoril	en	temazepam	N05C
triazolam	en	triazolam	N05C
Halcion	en	triazolam	N05C
zolpidem	en	zolpidem	N05C
Ambien	en	zolpidem	N05C
Ambien CR	en	zolpidem	N05C
Edluar	en	zolpidem	N05C
Intermezzo	en	zolpidem	N05C
eszopiclone	en	eszopiclone	N05C
Lunesta	en	eszopiclone	N05C
eszopiclona	es	eszopiclone	N05C
zaleplon	en	zaleplon	N05C
Sonata	en	zaleplon	N05C
ramelteon	en	ramelteon	N05C
Rozerem	en	ramelteon	N05C
suvorexant	en	suvorexant	N05C
Belsomra	en	suvorexant	N05C
lemborexant	en	lemborexant	N05C
Dayvigo	en	lemborexant	N05C
daridorexant	en	daridorexant	N05C
Quviviq	en	daridorexant	N05C
melatonin	en	melatonin	N05C
melatonina	es	melatonin	N05C
quetiapine	en	quetiapine	N05A
Seroquel	en	quetiapine	N05A
Seroquel XR	en	quetiapine	N05A
quetiapina	es	quetiapine	N05A
aripiprazole	en	aripiprazole	N05A
Abilify	en	aripiprazole	N05A
Abilify Maintena	en	aripiprazole	N05A
Aristada	en	aripiprazole	N05A
aripiprazol	es	aripiprazole	N05A
risperidone	en	risperidone	N05A
Risperdal	en	risperidone	N05A
Risperdal Consta	en	risperidone	N05A
risperidona	es	risperidone	N05A
ziprasidone	en	ziprasidone	N05A
Geodon	en	ziprasidone	N05A
ziprasidona	es	ziprasidone	N05A
lurasidone	en	lurasidone	N05A
Latuda	en	lurasidone	N05A
lurasidona	es	lurasidone	N05A
brexpiprazole	en	brexpiprazole	N05A
Rexulti	en	brexpiprazole	N05A
brexpiprazol	es	brexpiprazole	N05A
cariprazine	en	cariprazine	N05A
Vraylar	en	cariprazine	N05A
cariprazina	es	cariprazine	N05A
paliperidone	en	paliperidone	N05A
Invega	en	paliperidone	N05A
Invega Sustenna	en	paliperidone	N05A
paliperidona	es	paliperidone	N05A
clozapine	en	clozapine	N05A
Clozaril	en	clozapine	N05A
clozapina	es	clozapine	N05A
haloperidol	en	haloperidol	N05A
Haldol	en	haloperidol	N05A
lithium	en	lithium	N05A
Lithobid	en	lithium	N05A
lithium carbonate	en	lithium	N05A
litio	es	lithium	N05A
lamotrigine	en	lamotrigine	N03A
Lamictal	en	lamotrigine	N03A
lamotrigina	es	lamotrigine	N03A
topiramate	en	topiramate	N03A
Topamax	en	topiramate	N03A
Trokendi	en	topiramate	N03A
Qudexy	en	topiramate	N03A
topiramato	es	topiramate	N03A
levetiracetam	en	levetiracetam	N03A
Keppra	en	levetiracetam	N03A
valproic acid	en	valproic acid	N03A
Depakote	en	valproic acid	N03A
Depakene	en	valproic acid	N03A
divalproex	en	valproic acid	N03A
valproate	en	valproic acid	N03A
ácido valproico	es	valproic acid	N03A
valproato	es	valproic acid	N03A
carbamazepine	en	carbamazepine	N03A
Tegretol	en	carbamazepine	N03A
Carbatrol	en	carbamazepine	N03A
Equetro	en	carbamazepine	N03A
carbamazepina	es	carbamazepine	N03A
oxcarbazepine	en	oxcarbazepine	N03A
Trileptal	en	oxcarbazepine	N03A
Oxtellar	en	oxcarbazepine	N03A
oxcarbazepina	es	oxcarbazepine	N03A
zonisamide	en	zonisamide	N03A
Zonegran	en	zonisamide	N03A
zonisamida	es	zonisamide	N03A
lacosamide	en	lacosamide	N03A
Vimpat	en	lacosamide	N03A
lacosamida	es	lacosamide	N03A
phenytoin	en	phenytoin	N03A
Dilantin	en	phenytoin	N03A
fenitoína	es	phenytoin	N03A
phenobarbital	en	phenobarbital	N03A
fenobarbital	es	phenobarbital	N03A
pregabalin	en	pregabalin	N03A
Lyrica	en	pregabalin	N03A
pregabalina	es	pregabalin	N03A
gabapentin	en	gabapentin	N03A
Neurontin	en	gabapentin	N03A
Gralise	en	gabapentin	N03A
Horizant	en	gabapentin	N03A
gabapentina	es	gabapentin	N03A
sumatriptan	en	sumatriptan	N02C
Imitrex	en	sumatriptan	N02C
Tosymra	en	sumatriptan	N02C
rizatriptan	en	rizatriptan	N02C
Maxalt	en	rizatriptan	N02C
eletriptan	en	eletriptan	N02C
Relpax	en	eletriptan	N02C
zolmitriptan	en	zolmitriptan	N02C
Zomig	en	zolmitriptan	N02C
naratriptan	en	naratriptan	N02C
Amerge	en	naratriptan	N02C
rimegepant	en	rimegepant	N02C
Nurtec	en	rimegepant	N02C
Nurtec ODT	en	rimegepant	N02C
ubrogepant	en	ubrogepant	N02C
Ubrelvy	en	ubrogepant	N02C
atogepant	en	atogepant	N02C
Qulipta	en	atogepant	N02C
erenumab	en	erenumab	N02C
Aimovig	en	erenumab	N02C
fremanezumab	en	fremanezumab	N02C
Ajovy	en	fremanezumab	N02C
galcanezumab	en	galcanezumab	N02C
Emgality	en	galcanezumab	N02C
onabotulinumtoxinA	en	onabotulinumtoxinA	M03A
Botox	en	onabotulinumtoxinA	M03A
toxina botulínica	es	onabotulinumtoxinA	M03A
methylphenidate	en	methylphenidate	N06B
Ritalin	en	methylphenidate	N06B
Concerta	en	methylphenidate	N06B
Focalin	en	methylphenidate	N06B
Daytrana	en	methylphenidate	N06B
Jornay	en	methylphenidate	N06B
metilfenidato	es	methylphenidate	N06B
amphetamine	en	amphetamine	N06B
Adderall	en	amphetamine	N06B
Adderall XR	en	amphetamine	N06B
Mydayis	en	amphetamine	N06B
Evekeo	en	amphetamine	N06B
anfetamina	es	amphetamine	N06B
lisdexamfetamine	en	lisdexamfetamine	N06B
Vyvanse	en	lisdexamfetamine	N06B
lisdexanfetamina	es	lisdexamfetamine	N06B
dextroamphetamine	en	dextroamphetamine	N06B
Dexedrine	en	dextroamphetamine	N06B
Zenzedi	en	dextroamphetamine	N06B
dextroanfetamina	es	dextroamphetamine	N06B
atomoxetine	en	atomoxetine	N06B
Strattera	en	atomoxetine	N06B
atomoxetina	es	atomoxetine	N06B
modafinil	en	modafinil	N06B
Provigil	en	modafinil	N06B
modafinilo	es	modafinil	N06B
armodafinil	en	armodafinil	N06B
Nuvigil	en	armodafinil	N06B
armodafinilo	es	armodafinil	N06B
donepezil	en	donepezil	N06D
Aricept	en	donepezil	N06D
donepezilo	es	donepezil	N06D
rivastigmine	en	rivastigmine	N06D
Exelon	en	rivastigmine	N06D
rivastigmina	es	rivastigmine	N06D
galantamine	en	galantamine	N06D
Razadyne	en	galantamine	N06D
galantamina	es	galantamine	N06D
memantine	en	memantine	N06D
Namenda	en	memantine	N06D
memantina	es	memantine	N06D
Sinemet	en	carbidopa; levodopa	N04B
Rytary	en	carbidopa; levodopa	N04B
levodopa	es	carbidopa; levodopa	N04B
pramipexole	en	pramipexole	N04B
Mirapex	en	pramipexole	N04B
pramipexol	es	pramipexole	N04B
ropinirole	en	ropinirole	N04B
Requip	en	ropinirole	N04B
ropinirol	es	ropinirole	N04B
rasagiline	en	rasagiline	N04B
Azilect	en	rasagiline	N04B
rasagilina	es	rasagiline	N04B
benztropine	en	benztropine	N04A
Cogentin	en	benztropine	N04A
benzatropina	es	benztropine	N04A
baclofen	en	baclofen	M03B
Lioresal	en	baclofen	M03B
Ozobax	en	baclofen	M03B
Fleqsuvy	en	baclofen	M03B
baclofeno	es	baclofen	M03B
tizanidine	en	tizanidine	M03B
Zanaflex	en	tizanidine	M03B
tizanidina	es	tizanidine	M03B
cyclobenzaprine	en	cyclobenzaprine	M03B
Flexeril	en	cyclobenzaprine	M03B
Amrix	en	cyclobenzaprine	M03B
ciclobenzaprina	es	cyclobenzaprine	M03B
carisoprodol	en	carisoprodol	M03B
Soma	en	carisoprodol	M03B
metaxalone	en	metaxalone	M03B
Skelaxin	en	metaxalone	M03B
metaxalona	es	metaxalone	M03B
dantrolene	en	dantrolene	M03B
Dantrium	en	dantrolene	M03B
cetirizine	en	cetirizine	R06A
Zyrtec	en	cetirizine	R06A
Zyrtec-D	en	cetirizine	R06A
cetirizina	es	cetirizine	R06A
levocetirizine	en	levocetirizine	R06A
Xyzal	en	levocetirizine	R06A
levocetirizina	es	levocetirizine	R06A
loratadine	en	loratadine	R06A
Claritin	en	loratadine	R06A
Claritin-D	en	loratadine	R06A
Alavert	en	loratadine	R06A
loratadina	es	loratadine	R06A
desloratadine	en	desloratadine	R06A
Clarinex	en	desloratadine	R06A
desloratadina	es	desloratadine	R06A
fexofenadine	en	fexofenadine	R06A
Allegra	en	fexofenadine	R06A
Allegra-D	en	fexofenadine	R06A
fexofenadina	es	fexofenadine	R06A
diphenhydramine	en	diphenhydramine	R06A
Benadryl	en	diphenhydramine	R06A
ZzzQuil	en	diphenhydramine	R06A
Unisom SleepGels	en	diphenhydramine	R06A
Sominex	en	diphenhydramine	R06A
difenhidramina	es	diphenhydramine	R06A
doxylamine	en	doxylamine	R06A
Unisom	en	doxylamine	R06A
Unisom SleepTabs	en	doxylamine	R06A
doxilamina	es	doxylamine	R06A
chlorpheniramine	en	chlorpheniramine	R06A
Chlor-Trimeton	en	chlorpheniramine	R06A
clorfeniramina	es	chlorpheniramine	R06A
brompheniramine	en	brompheniramine	R06A
Dimetapp	en	brompheniramine	R06A
cyproheptadine	en	cyproheptadine	R06A
Periactin	en	cyproheptadine	R06A
ciproheptadina	es	cyproheptadine	R06A
promethazine	en	promethazine	R06A
Phenergan	en	promethazine	R06A
prometazina	es	promethazine	R06A
montelukast	en	montelukast	R03D
Singulair	en	montelukast	R03D
albuterol	en	albuterol	R03A
Ventolin	en	albuterol	R03A
ProAir	en	albuterol	R03A
Proventil	en	albuterol	R03A
salbutamol	en	albuterol	R03A
levalbuterol	en	levalbuterol	R03A
Xopenex	en	levalbuterol	R03A
tiotropium	en	tiotropium	R03B
Spiriva	en	tiotropium	R03B
tiotropio	es	tiotropium	R03B
ipratropium	en	ipratropium	R03B
Atrovent	en	ipratropium	R03B
ipratropio	es	ipratropium	R03B
Combivent	en	albuterol; ipratropium	R03A
DuoNeb	en	albuterol; ipratropium	R03A
umeclidinium	en	umeclidinium	R03B
Incruse	en	umeclidinium	R03B
Anoro	en	umeclidinium; vilanterol	R03A
theophylline	en	theophylline	R03D
Theo-24	en	theophylline	R03D
Elixophyllin	en	theophylline	R03D
teofilina	es	theophylline	R03D
roflumilast	en	roflumilast	R03D
Daliresp	en	roflumilast	R03D
guaifenesin	en	guaifenesin	R05C
Mucinex	en	guaifenesin	R05C
Robitussin Chest Congestion	en	guaifenesin	R05C
guaifenesina	es	guaifenesin	R05C
benzonatate	en	benzonatate	R05D
Tessalon	en	benzonatate	R05D
Tessalon Perles	en	benzonatate	R05D
benzonatato	es	benzonatate	R05D
pseudoephedrine	en	pseudoephedrine	R01B
Sudafed	en	pseudoephedrine	R01B
pseudoefedrina	es	pseudoephedrine	R01B
phenylephrine	en	phenylephrine	R01B
Sudafed PE	en	phenylephrine	R01B
Neo-Synephrine	en	phenylephrine	R01B
fenilefrina	es	phenylephrine	R01B
oxymetazoline	en	oxymetazoline	R01A
Afrin	en	oxymetazoline	R01A
Vicks Sinex	en	oxymetazoline	R01A
oximetazolina	es	oxymetazoline	R01A
cromolyn	en	cromolyn	R01A
Nasalcrom	en	cromolyn	R01A
cromoglicate	en	cromolyn	R01A
cromoglicato	es	cromolyn	R01A
azelastine	en	azelastine	R01A
Astelin	en	azelastine	R01A
Astepro	en	azelastine	R01A
azelastina	es	azelastine	R01A
olopatadine	en	olopatadine	R01A
Pataday	en	olopatadine	R01A
Patanol	en	olopatadine	R01A
olopatadina	es	olopatadine	R01A
ketotifen	en	ketotifen	S01G
Zaditor	en	ketotifen	S01G
Alaway	en	ketotifen	S01G
ketotifeno	es	ketotifen	S01G
timolol	en	timolol	S01E
Timoptic	en	timolol	S01E
latanoprost	en	latanoprost	S01E
Xalatan	en	latanoprost	S01E
bimatoprost	en	bimatoprost	S01E
Lumigan	en	bimatoprost	S01E
Latisse	en	bimatoprost	S01E
brimonidine	en	brimonidine	S01E
Alphagan	en	brimonidine	S01E
Lumify	en	brimonidine	S01E
brimonidina	es	brimonidine	S01E
Cosopt	en	dorzolamide; timolol	S01E
artificial tears	en	artificial tears	S01X
Systane	en	artificial tears	S01X
Refresh	en	artificial tears	S01X
Visine	en	artificial tears	S01X
lágrimas artificiales	es	artificial tears	S01X
lifitegrast	en	lifitegrast	S01X
Xiidra	en	lifitegrast	S01X
epinephrine	en	epinephrine	C01C
EpiPen	en	epinephrine	C01C
Auvi-Q	en	epinephrine	C01C
adrenaline	en	epinephrine	C01C
epinefrina	es	epinephrine	C01C
adrenalina	es	epinephrine	C01C
ibuprofen	en	ibuprofen	M01A
Advil	en	ibuprofen	M01A
Motrin	en	ibuprofen	M01A
Midol	en	ibuprofen	M01A
Nuprin	en	ibuprofen	M01A
ibuprofeno	es	ibuprofen	M01A
naproxen	en	naproxen	M01A
Aleve	en	naproxen	M01A
Naprosyn	en	naproxen	M01A
Anaprox	en	naproxen	M01A
naproxeno	es	naproxen	M01A
diclofenac	en	diclofenac	M01A
Voltaren	en	diclofenac	M01A
Cambia	en	diclofenac	M01A
Zipsor	en	diclofenac	M01A
Arthrotec	en	diclofenac	M01A
Voltaren Gel	en	diclofenac	M01A
diclofenaco	es	diclofenac	M01A
nabumetone	en	nabumetone	M01A
Relafen	en	nabumetone	M01A
nabumetona	es	nabumetone	M01A
indomethacin	en	indomethacin	M01A
Indocin	en	indomethacin	M01A
Tivorbex	en	indomethacin	M01A
indometacina	es	indomethacin	M01A
ketorolac	en	ketorolac	M01A
Toradol	en	ketorolac	M01A
Sprix	en	ketorolac	M01A
ketorolaco	es	ketorolac	M01A
etodolac	en	etodolac	M01A
Lodine	en	etodolac	M01A
etodolaco	es	etodolac	M01A
meloxicam	en	meloxicam	M01A
Mobic	en	meloxicam	M01A
Vivlodex	en	meloxicam	M01A
Anjeso	en	meloxicam	M01A
piroxicam	en	piroxicam	M01A
Feldene	en	piroxicam	M01A
celecoxib	en	celecoxib	M01A
Celebrex	en	celecoxib	M01A
Elyxyb	en	celecoxib	M01A
salsalate	en	salsalate	N02B
salsalato	es	salsalate	N02B
acetaminophen	en	acetaminophen	N02B
Tylenol	en	acetaminophen	N02B
paracetamol	en	acetaminophen	N02B
APAP	en	acetaminophen	N02B
Tylenol Extra Strength	en	acetaminophen	N02B
Excedrin	en	acetaminophen	N02B
acetaminofén	es	acetaminophen	N02B
acetaminofeno	es	acetaminophen	N02B
Excedrin Migraine	en	caffeine; acetaminophen; aspirin	N02B
metamizole	en	metamizole	N02B
dipyrone	en	metamizole	N02B
metamizol	es	metamizole	N02B
lidocaine	en	lidocaine	N01B
Lidoderm	en	lidocaine	N01B
Xylocaine	en	lidocaine	N01B
Aspercreme Lidocaine	en	lidocaine	N01B
lidocaine patch	en	lidocaine	N01B
lidocaína	es	lidocaine	N01B
capsaicin	en	capsaicin	M02A
Zostrix	en	capsaicin	M02A
Qutenza	en	capsaicin	M02A
Capzasin	en	capsaicin	M02A
capsaicina	es	capsaicin	M02A
menthol	en	menthol	M02A
Biofreeze	en	menthol	M02A
Icy Hot	en	menthol	M02A
Bengay	en	menthol	M02A
Tiger Balm	en	menthol	M02A
mentol	es	menthol	M02A
methyl salicylate	en	methyl salicylate	M02A
Salonpas	en	methyl salicylate	M02A
salicilato de metilo	es	methyl salicylate	M02A
Fioricet	en	butalbital; acetaminophen; caffeine	N02C
Esgic	en	butalbital; acetaminophen; caffeine	N02C
allopurinol	en	allopurinol	M04A
Zyloprim	en	allopurinol	M04A
Aloprim	en	allopurinol	M04A
alopurinol	es	allopurinol	M04A
febuxostat	en	febuxostat	M04A
Uloric	en	febuxostat	M04A
colchicine	en	colchicine	M04A
Colcrys	en	colchicine	M04A
Mitigare	en	colchicine	M04A
Gloperba	en	colchicine	M04A
colchicina	es	colchicine	M04A
probenecid	en	probenecid	M04A
alendronate	en	alendronate	M05B
Fosamax	en	alendronate	M05B
Binosto	en	alendronate	M05B
alendronato	es	alendronate	M05B
ibandronate	en	ibandronate	M05B
Boniva	en	ibandronate	M05B
ibandronato	es	ibandronate	M05B
risedronate	en	risedronate	M05B
Actonel	en	risedronate	M05B
Atelvia	en	risedronate	M05B
risedronato	es	risedronate	M05B
zoledronic acid	en	zoledronic acid	M05B
Reclast	en	zoledronic acid	M05B
Zometa	en	zoledronic acid	M05B
ácido zoledrónico	es	zoledronic acid	M05B
denosumab	en	denosumab	M05B
Prolia	en	denosumab	M05B
Xgeva	en	denosumab	M05B
teriparatide	en	teriparatide	H05A
Forteo	en	teriparatide	H05A
teriparatida	es	teriparatide	H05A
abaloparatide	en	abaloparatide	H05A
Tymlos	en	abaloparatide	H05A
raloxifene	en	raloxifene	G03X
Evista	en	raloxifene	G03X
raloxifeno	es	raloxifene	G03X
amoxicillin	en	amoxicillin	J01C
Amoxil	en	amoxicillin	J01C
Moxatag	en	amoxicillin	J01C
amoxicilina	es	amoxicillin	J01C
Augmentin	en	amoxicillin; clavulanic acid	J01C
amoxicilina con ácido clavulánico	es	amoxicillin; clavulanic acid	J01C
penicillin V	en	penicillin V	J01C
Pen-Vee K	en	penicillin V	J01C
penicillin	en	penicillin V	J01C
penicilina	es	penicillin V	J01C
azithromycin	en	azithromycin	J01F
Zithromax	en	azithromycin	J01F
Z-Pak	en	azithromycin	J01F
Zpack	en	azithromycin	J01F
azitromicina	es	azithromycin	J01F
clarithromycin	en	clarithromycin	J01F
Biaxin	en	clarithromycin	J01F
claritromicina	es	clarithromycin	J01F
erythromycin	en	erythromycin	J01F
Ery-Tab	en	erythromycin	J01F
Erythrocin	en	erythromycin	J01F
eritromicina	es	erythromycin	J01F
doxycycline	en	doxycycline	J01A
Vibramycin	en	doxycycline	J01A
Doryx	en	doxycycline	J01A
Acticlate	en	doxycycline	J01A
Oracea	en	doxycycline	J01A
doxiciclina	es	doxycycline	J01A
minocycline	en	minocycline	J01A
Minocin	en	minocycline	J01A
Solodyn	en	minocycline	J01A
minociclina	es	minocycline	J01A
tetracycline	en	tetracycline	J01A
tetraciclina	es	tetracycline	J01A
ciprofloxacin	en	ciprofloxacin	J01M
Cipro	en	ciprofloxacin	J01M
ciprofloxacino	es	ciprofloxacin	J01M
levofloxacin	en	levofloxacin	J01M
Levaquin	en	levofloxacin	J01M
levofloxacino	es	levofloxacin	J01M
moxifloxacin	en	moxifloxacin	J01M
Avelox	en	moxifloxacin	J01M
moxifloxacino	es	moxifloxacin	J01M
cephalexin	en	cephalexin	J01D
Keflex	en	cephalexin	J01D
cefalexina	es	cephalexin	J01D
cefdinir	en	cefdinir	J01D
Omnicef	en	cefdinir	J01D
cefuroxime	en	cefuroxime	J01D
Ceftin	en	cefuroxime	J01D
cefuroxima	es	cefuroxime	J01D
ceftriaxone	en	ceftriaxone	J01D
Rocephin	en	ceftriaxone	J01D
ceftriaxona	es	ceftriaxone	J01D
clindamycin	en	clindamycin	J01F
Cleocin	en	clindamycin	J01F
clindamicina	es	clindamycin	J01F
metronidazole	en	metronidazole	P01A
Flagyl	en	metronidazole	P01A
Metrogel	en	metronidazole	P01A
metronidazol	es	metronidazole	P01A
nitrofurantoin	en	nitrofurantoin	J01X
Macrobid	en	nitrofurantoin	J01X
Macrodantin	en	nitrofurantoin	J01X
nitrofurantoína	es	nitrofurantoin	J01X
Bactrim	en	sulfamethoxazole; trimethoprim	J01E
Septra	en	sulfamethoxazole; trimethoprim	J01E
SMX-TMP	en	sulfamethoxazole; trimethoprim	J01E
cotrimoxazol	es	sulfamethoxazole; trimethoprim	J01E
fosfomycin	en	fosfomycin	J01X
Monurol	en	fosfomycin	J01X
fosfomicina	es	fosfomycin	J01X
vancomycin	en	vancomycin	J01X
Vancocin	en	vancomycin	J01X
Firvanq	en	vancomycin	J01X
vancomicina	es	vancomycin	J01X
rifampin	en	rifampin	J04A
Rifadin	en	rifampin	J04A
rifampicin	en	rifampin	J04A
rifampicina	es	rifampin	J04A
isoniazid	en	isoniazid	J04A
isoniazida	es	isoniazid	J04A
fluconazole	en	fluconazole	J02A
Diflucan	en	fluconazole	J02A
fluconazol	es	fluconazole	J02A
itraconazole	en	itraconazole	J02A
Sporanox	en	itraconazole	J02A
itraconazol	es	itraconazole	J02A
terbinafine	en	terbinafine	D01B
Lamisil	en	terbinafine	D01B
terbinafina	es	terbinafine	D01B
nystatin	en	nystatin	A07A
Mycostatin	en	nystatin	A07A
Bio-Statin	en	nystatin	A07A
nistatina	es	nystatin	A07A
clotrimazole	en	clotrimazole	D01A
Lotrimin	en	clotrimazole	D01A
Mycelex	en	clotrimazole	D01A
Canesten	en	clotrimazole	D01A
clotrimazol	es	clotrimazole	D01A
miconazole	en	miconazole	D01A
Monistat	en	miconazole	D01A
Micatin	en	miconazole	D01A
miconazol	es	miconazole	D01A
ketoconazole	en	ketoconazole	D01A
Nizoral	en	ketoconazole	D01A
ketoconazol	es	ketoconazole	D01A
valacyclovir	en	valacyclovir	J05A
Valtrex	en	valacyclovir	J05A
valaciclovir	es	valacyclovir	J05A
acyclovir	en	acyclovir	J05A
Zovirax	en	acyclovir	J05A
Sitavig	en	acyclovir	J05A
aciclovir	es	acyclovir	J05A
famciclovir	en	famciclovir	J05A
Famvir	en	famciclovir	J05A
oseltamivir	en	oseltamivir	J05A
Tamiflu	en	oseltamivir	J05A
Paxlovid	en	nirmatrelvir; ritonavir	J05A
molnupiravir	en	molnupiravir	J05A
Lagevrio	en	molnupiravir	J05A
ivermectin	en	ivermectin	P02C
Stromectol	en	ivermectin	P02C
Soolantra	en	ivermectin	P02C
ivermectina	es	ivermectin	P02C
albendazole	en	albendazole	P02C
Albenza	en	albendazole	P02C
albendazol	es	albendazole	P02C
Truvada	en	emtricitabine; tenofovir disoproxil	J05A
PrEP	en	emtricitabine; tenofovir disoproxil	J05A
Biktarvy	en	bictegravir; emtricitabine; tenofovir alafenamide	J05A
Descovy	en	emtricitabine; tenofovir alafenamide	J05A
dolutegravir	en	dolutegravir	J05A
Tivicay	en	dolutegravir	J05A
Epclusa	en	sofosbuvir; velpatasvir	J05A
Mavyret	en	glecaprevir; pibrentasvir	J05A
estradiol	en	estradiol	G03C
Estrace	en	estradiol	G03C
Vivelle-Dot	en	estradiol	G03C
Climara	en	estradiol	G03C
Divigel	en	estradiol	G03C
Estrogel	en	estradiol	G03C
Vagifem	en	estradiol	G03C
Estring	en	estradiol	G03C
Minivelle	en	estradiol	G03C
conjugated estrogens	en	conjugated estrogens	G03C
Premarin	en	conjugated estrogens	G03C
estrogen	en	conjugated estrogens	G03C
estrógenos conjugados	es	conjugated estrogens	G03C
progesterone	en	progesterone	G03D
Prometrium	en	progesterone	G03D
Crinone	en	progesterone	G03D
Endometrin	en	progesterone	G03D
progesterona	es	progesterone	G03D
medroxyprogesterone	en	medroxyprogesterone	G03D
Provera	en	medroxyprogesterone	G03D
Depo-Provera	en	medroxyprogesterone	G03D
Depo-SubQ Provera	en	medroxyprogesterone	G03D
medroxiprogesterona	es	medroxyprogesterone	G03D
norethindrone	en	norethindrone	G03A
Camila	en	norethindrone	G03A
Errin	en	norethindrone	G03A
Heather	en	norethindrone	G03A
Nora-BE	en	norethindrone	G03A
Jencycla	en	norethindrone	G03A
Aygestin	en	norethindrone	G03A
Slynd	en	norethindrone	G03A
noretisterona	es	norethindrone	G03A
levonorgestrel intrauterine	en	levonorgestrel intrauterine	G02B
Mirena	en	levonorgestrel intrauterine	G02B
Kyleena	en	levonorgestrel intrauterine	G02B
Liletta	en	levonorgestrel intrauterine	G02B
Skyla	en	levonorgestrel intrauterine	G02B
levonorgestrel emergency	en	levonorgestrel emergency	G03A
Plan B	en	levonorgestrel emergency	G03A
Plan B One-Step	en	levonorgestrel emergency	G03A
morning after pill	en	levonorgestrel emergency	G03A
Take Action	en	levonorgestrel emergency	G03A
My Way	en	levonorgestrel emergency	G03A
píldora del día después	es	levonorgestrel emergency	G03A
Seasonique	en	ethinylestradiol; levonorgestrel	G03A
Lo Loestrin	en	ethinylestradiol; levonorgestrel	G03A
Aviane	en	ethinylestradiol; levonorgestrel	G03A
Levora	en	ethinylestradiol; levonorgestrel	G03A
Lutera	en	ethinylestradiol; levonorgestrel	G03A
Alesse	en	ethinylestradiol; levonorgestrel	G03A
Portia	en	ethinylestradiol; levonorgestrel	G03A
Sprintec	en	ethinylestradiol; norgestimate	G03A
Tri-Sprintec	en	ethinylestradiol; norgestimate	G03A
Ortho Tri-Cyclen	en	ethinylestradiol; norgestimate	G03A
Mono-Linyah	en	ethinylestradiol; norgestimate	G03A
Tri-Lo-Sprintec	en	ethinylestradiol; norgestimate	G03A
Estarylla	en	ethinylestradiol; norgestimate	G03A
Loestrin	en	ethinylestradiol; norethindrone	G03A
Junel	en	ethinylestradiol; norethindrone	G03A
Microgestin	en	ethinylestradiol; norethindrone	G03A
Blisovi	en	ethinylestradiol; norethindrone	G03A
Larin	en	ethinylestradiol; norethindrone	G03A
Taytulla	en	ethinylestradiol; norethindrone	G03A
Yaz	en	drospirenone; ethinylestradiol	G03A
Yasmin	en	drospirenone; ethinylestradiol	G03A
Ocella	en	drospirenone; ethinylestradiol	G03A
Gianvi	en	drospirenone; ethinylestradiol	G03A
Loryna	en	drospirenone; ethinylestradiol	G03A
Nikki	en	drospirenone; ethinylestradiol	G03A
Apri	en	desogestrel; ethinylestradiol	G03A
Kariva	en	desogestrel; ethinylestradiol	G03A
Mircette	en	desogestrel; ethinylestradiol	G03A
Enskyce	en	desogestrel; ethinylestradiol	G03A
NuvaRing	en	etonogestrel; ethinylestradiol	G03A
EluRyng	en	etonogestrel; ethinylestradiol	G03A
etonogestrel	en	etonogestrel	G03A
Nexplanon	en	etonogestrel	G03A
Implanon	en	etonogestrel	G03A
Xulane	en	norelgestromin; ethinylestradiol	G03A
Ortho Evra	en	norelgestromin; ethinylestradiol	G03A
Twirla	en	norelgestromin; ethinylestradiol	G03A
testosterone	en	testosterone	G03B
AndroGel	en	testosterone	G03B
Testim	en	testosterone	G03B
Depo-Testosterone	en	testosterone	G03B
Xyosted	en	testosterone	G03B
Jatenzo	en	testosterone	G03B
Aveed	en	testosterone	G03B
testosterone cypionate	en	testosterone	G03B
testosterona	es	testosterone	G03B
finasteride	en	finasteride	G04C
Proscar	en	finasteride	G04C
Propecia	en	finasteride	G04C
finasterida	es	finasteride	G04C
dutasteride	en	dutasteride	G04C
Avodart	en	dutasteride	G04C
dutasterida	es	dutasteride	G04C
tamsulosin	en	tamsulosin	G04C
Flomax	en	tamsulosin	G04C
tamsulosina	es	tamsulosin	G04C
alfuzosin	en	alfuzosin	G04C
Uroxatral	en	alfuzosin	G04C
alfuzosina	es	alfuzosin	G04C
silodosin	en	silodosin	G04C
Rapaflo	en	silodosin	G04C
silodosina	es	silodosin	G04C
sildenafil	en	sildenafil	G04B
Viagra	en	sildenafil	G04B
Revatio	en	sildenafil	G04B
tadalafil	en	tadalafil	G04B
Cialis	en	tadalafil	G04B
Adcirca	en	tadalafil	G04B
vardenafil	en	vardenafil	G04B
Levitra	en	vardenafil	G04B
oxybutynin	en	oxybutynin	G04B
Ditropan	en	oxybutynin	G04B
Oxytrol	en	oxybutynin	G04B
oxibutinina	es	oxybutynin	G04B
tolterodine	en	tolterodine	G04B
Detrol	en	tolterodine	G04B
tolterodina	es	tolterodine	G04B
solifenacin	en	solifenacin	G04B
Vesicare	en	solifenacin	G04B
solifenacina	es	solifenacin	G04B
trospium	en	trospium	G04B
Sanctura	en	trospium	G04B
trospio	es	trospium	G04B
mirabegron	en	mirabegron	G04B
Myrbetriq	en	mirabegron	G04B
vibegron	en	vibegron	G04B
Gemtesa	en	vibegron	G04B
phenazopyridine	en	phenazopyridine	G04B
Pyridium	en	phenazopyridine	G04B
Azo	en	phenazopyridine	G04B
AZO Urinary Pain Relief	en	phenazopyridine	G04B
fenazopiridina	es	phenazopyridine	G04B
tamoxifen	en	tamoxifen	L02B
Soltamox	en	tamoxifen	L02B
tamoxifeno	es	tamoxifen	L02B
letrozole	en	letrozole	L02B
Femara	en	letrozole	L02B
letrozol	es	letrozole	L02B
anastrozole	en	anastrozole	L02B
Arimidex	en	anastrozole	L02B
anastrozol	es	anastrozole	L02B
exemestane	en	exemestane	L02B
Aromasin	en	exemestane	L02B
exemestano	es	exemestane	L02B
bicalutamide	en	bicalutamide	L02B
Casodex	en	bicalutamide	L02B
bicalutamida	es	bicalutamide	L02B
imatinib	en	imatinib	L01E
Gleevec	en	imatinib	L01E
hydroxyurea	en	hydroxyurea	L01X
Hydrea	en	hydroxyurea	L01X
Droxia	en	hydroxyurea	L01X
hidroxiurea	es	hydroxyurea	L01X
tretinoin	en	tretinoin	D10A
Retin-A	en	tretinoin	D10A
Renova	en	tretinoin	D10A
Atralin	en	tretinoin	D10A
tretinoína	es	tretinoin	D10A
isotretinoin	en	isotretinoin	D10B
Accutane	en	isotretinoin	D10B
Absorica	en	isotretinoin	D10B
Claravis	en	isotretinoin	D10B
isotretinoína	es	isotretinoin	D10B
adapalene	en	adapalene	D10A
Differin	en	adapalene	D10A
adapaleno	es	adapalene	D10A
benzoyl peroxide	en	benzoyl peroxide	D10A
PanOxyl	en	benzoyl peroxide	D10A
Proactiv	en	benzoyl peroxide	D10A
peróxido de benzoilo	es	benzoyl peroxide	D10A
mupirocin	en	mupirocin	D06A
Bactroban	en	mupirocin	D06A
mupirocina	es	mupirocin	D06A
Neosporin	en	bacitracin; neomycin; polymyxin B	D06A
triple antibiotic ointment	en	bacitracin; neomycin; polymyxin B	D06A
crisaborole	en	crisaborole	D11A
Eucrisa	en	crisaborole	D11A
calcipotriene	en	calcipotriene	D05A
Dovonex	en	calcipotriene	D05A
calcipotriol	es	calcipotriene	D05A
emollient	en	emollient	D02A
Eucerin	en	emollient	D02A
Aquaphor	en	emollient	D02A
Cetaphil	en	emollient	D02A
CeraVe	en	emollient	D02A
Vaseline	en	emollient	D02A
crema hidratante	es	emollient	D02A
minoxidil	en	minoxidil	D11A
Rogaine	en	minoxidil	D11A
varenicline	en	varenicline	N07B
Chantix	en	varenicline	N07B
Tyrvaya	en	varenicline	N07B
vareniclina	es	varenicline	N07B
nicotine	en	nicotine	N07B
Nicoderm	en	nicotine	N07B
Nicorette	en	nicotine	N07B
Nicotrol	en	nicotine	N07B
nicotine patch	en	nicotine	N07B
nicotine gum	en	nicotine	N07B
nicotina	es	nicotine	N07B
acamprosate	en	acamprosate	N07B
Campral	en	acamprosate	N07B
acamprosato	es	acamprosate	N07B
esketamine	en	esketamine	N06A
Spravato	en	esketamine	N06A
esketamina	es	esketamine	N06A
ketamine	en	ketamine	N01A
Ketalar	en	ketamine	N01A
ketamina	es	ketamine	N01A
milnacipran	en	milnacipran	N06A
Savella	en	milnacipran	N06A
riluzole	en	riluzole	N07X
Rilutek	en	riluzole	N07X
riluzol	es	riluzole	N07X
tetrabenazine	en	tetrabenazine	N07X
Xenazine	en	tetrabenazine	N07X
deutetrabenazine	en	deutetrabenazine	N07X
Austedo	en	deutetrabenazine	N07X
valbenazine	en	valbenazine	N07X
Ingrezza	en	valbenazine	N07X
pyridostigmine	en	pyridostigmine	N07A
Mestinon	en	pyridostigmine	N07A
piridostigmina	es	pyridostigmine	N07A
droxidopa	en	droxidopa	C01C
Northera	en	droxidopa	C01C
dalfampridine	en	dalfampridine	N07X
Ampyra	en	dalfampridine	N07X
dalfampridina	es	dalfampridine	N07X
potassium chloride	en	potassium chloride	A12B
Klor-Con	en	potassium chloride	A12B
K-Tab	en	potassium chloride	A12B
K-Dur	en	potassium chloride	A12B
Micro-K	en	potassium chloride	A12B
cloruro de potasio	es	potassium chloride	A12B
magnesium	en	magnesium	A12C
Mag-Ox	en	magnesium	A12C
Slow-Mag	en	magnesium	A12C
magnesium glycinate	en	magnesium	A12C
magnesium oxide	en	magnesium	A12C
magnesium citrate supplement	en	magnesium	A12C
magnesium threonate	en	magnesium	A12C
magnesio	es	magnesium	A12C
calcium	en	calcium	A12A
Citracal	en	calcium	A12A
calcium citrate	en	calcium	A12A
calcium with vitamin D	en	calcium	A12A
calcio	es	calcium	A12A
ferrous sulfate	en	ferrous sulfate	B03A
iron	en	ferrous sulfate	B03A
Slow Fe	en	ferrous sulfate	B03A
Feosol	en	ferrous sulfate	B03A
ferrous gluconate	en	ferrous sulfate	B03A
ferrous fumarate	en	ferrous sulfate	B03A
iron supplement	en	ferrous sulfate	B03A
hierro	es	ferrous sulfate	B03A
sulfato ferroso	es	ferrous sulfate	B03A
zinc	en	zinc	A12C
zinc gluconate	en	zinc	A12C
Cold-Eeze	en	zinc	A12C
zinc picolinate	en	zinc	A12C
selenium	en	selenium	A12C
selenio	es	selenium	A12C
potassium iodide	en	potassium iodide	H03C
iodine	en	potassium iodide	H03C
Iosat	en	potassium iodide	H03C
yoduro de potasio	es	potassium iodide	H03C
yodo	es	potassium iodide	H03C
fluoride	en	fluoride	A12C
sodium fluoride	en	fluoride	A12C
fluoruro	es	fluoride	A12C
cyanocobalamin	en	cyanocobalamin	B03B
vitamin B12	en	cyanocobalamin	B03B
B12	en	cyanocobalamin	B03B
vit B12	en	cyanocobalamin	B03B
methylcobalamin	en	cyanocobalamin	B03B
B12 shot	en	cyanocobalamin	B03B
vitamina B12	es	cyanocobalamin	B03B
cianocobalamina	es	cyanocobalamin	B03B
folic acid	en	folic acid	B03B
folate	en	folic acid	B03B
methylfolate	en	folic acid	B03B
L-methylfolate	en	folic acid	B03B
Deplin	en	folic acid	B03B
vitamin B9	en	folic acid	B03B
ácido fólico	es	folic acid	B03B
folato	es	folic acid	B03B
cholecalciferol	en	cholecalciferol	A11C
vitamin D	en	cholecalciferol	A11C
vitamin D3	en	cholecalciferol	A11C
vit D	en	cholecalciferol	A11C
vit D3	en	cholecalciferol	A11C
D3	en	cholecalciferol	A11C
ergocalciferol	en	cholecalciferol	A11C
vitamin D2	en	cholecalciferol	A11C
Drisdol	en	cholecalciferol	A11C
calciferol	en	cholecalciferol	A11C
vitamina D	es	cholecalciferol	A11C
vitamina D3	es	cholecalciferol	A11C
colecalciferol	es	cholecalciferol	A11C
retinol	en	retinol	A11C
thiamine	en	thiamine	A11D
vitamin B1	en	thiamine	A11D
B1	en	thiamine	A11D
tiamina	es	thiamine	A11D
vitamina B1	es	thiamine	A11D
riboflavin	en	riboflavin	A11H
vitamin B2	en	riboflavin	A11H
riboflavina	es	riboflavin	A11H
pyridoxine	en	pyridoxine	A11H
vitamin B6	en	pyridoxine	A11H
B6	en	pyridoxine	A11H
piridoxina	es	pyridoxine	A11H
vitamina B6	es	pyridoxine	A11H
nicotinamide	en	nicotinamide	A11H
vitamin B3	en	nicotinamide	A11H
niacinamide	en	nicotinamide	A11H
nicotinamida	es	nicotinamide	A11H
biotin	en	biotin	A11H
vitamin B7	en	biotin	A11H
biotina	es	biotin	A11H
ascorbic acid	en	ascorbic acid	A11G
vitamin C	en	ascorbic acid	A11G
vit C	en	ascorbic acid	A11G
Emergen-C	en	ascorbic acid	A11G
Ester-C	en	ascorbic acid	A11G
vitamina C	es	ascorbic acid	A11G
ácido ascórbico	es	ascorbic acid	A11G
tocopherol	en	tocopherol	A11H
vitamin E	en	tocopherol	A11H
vitamina E	es	tocopherol	A11H
phytonadione	en	phytonadione	B02B
vitamin K	en	phytonadione	B02B
vitamin K2	en	phytonadione	B02B
K2	en	phytonadione	B02B
vitamin K1	en	phytonadione	B02B
vitamina K	es	phytonadione	B02B
multivitamin	en	multivitamin	A11B
multivitamins	en	multivitamin	A11B
Centrum	en	multivitamin	A11B
One A Day	en	multivitamin	A11B
multi	en	multivitamin	A11B
daily vitamin	en	multivitamin	A11B
prenatal vitamin	en	multivitamin	A11B
prenatal vitamins	en	multivitamin	A11B
prenatals	en	multivitamin	A11B
Vitafusion	en	multivitamin	A11B
women's multivitamin	en	multivitamin	A11B
men's multivitamin	en	multivitamin	A11B
gummy vitamins	en	multivitamin	A11B
multivitamínico	es	multivitamin	A11B
vitaminas	es	multivitamin	A11B
vitaminas prenatales	es	multivitamin	A11B
vitamin B complex	en	vitamin B complex	A11E
B complex	en	vitamin B complex	A11E
Super B complex	en	vitamin B complex	A11E
B-50	en	vitamin B complex	A11E
complejo B	es	vitamin B complex	A11E
omega-3 fatty acids	en	omega-3 fatty acids	C10A
fish oil	en	omega-3 fatty acids	C10A
Lovaza	en	omega-3 fatty acids	C10A
omega 3	en	omega-3 fatty acids	C10A
krill oil	en	omega-3 fatty acids	C10A
cod liver oil	en	omega-3 fatty acids	C10A
DHA	en	omega-3 fatty acids	C10A
EPA	en	omega-3 fatty acids	C10A
flaxseed oil	en	omega-3 fatty acids	C10A
aceite de pescado	es	omega-3 fatty acids	C10A
red yeast rice	en	red yeast rice	C10A
levadura de arroz rojo	es	red yeast rice	C10A
coenzyme Q10	en	coenzyme Q10	C01E
CoQ10	en	coenzyme Q10	C01E
ubiquinol	en	coenzyme Q10	C01E
Q10	en	coenzyme Q10	C01E
coenzima Q10	es	coenzyme Q10	C01E
probiotic	en	probiotic	X-SUPP
probiotics	en	probiotic	X-SUPP
Culturelle	en	probiotic	X-SUPP
Align	en	probiotic	X-SUPP
Florastor	en	probiotic	X-SUPP
lactobacillus	en	probiotic	X-SUPP
acidophilus	en	probiotic	X-SUPP
saccharomyces boulardii	en	probiotic	X-SUPP
kefir	en	probiotic	X-SUPP
probióticos	es	probiotic	X-SUPP
prebiotic fiber	en	prebiotic fiber	X-SUPP
inulin	en	prebiotic fiber	X-SUPP
fiber supplement	en	prebiotic fiber	X-SUPP
fiber	en	prebiotic fiber	X-SUPP
fibra	es	prebiotic fiber	X-SUPP
collagen	en	collagen	X-SUPP
collagen peptides	en	collagen	X-SUPP
Vital Proteins	en	collagen	X-SUPP
colágeno	es	collagen	X-SUPP
protein powder	en	protein powder	X-SUPP
whey protein	en	protein powder	X-SUPP
protein shake	en	protein powder	X-SUPP
proteína en polvo	es	protein powder	X-SUPP
creatine	en	creatine	X-SUPP
creatine monohydrate	en	creatine	X-SUPP
creatina	es	creatine	X-SUPP
electrolytes	en	electrolytes	X-SUPP
Pedialyte	en	electrolytes	X-SUPP
LMNT	en	electrolytes	X-SUPP
oral rehydration salts	en	electrolytes	X-SUPP
electrolitos	es	electrolytes	X-SUPP
suero oral	es	electrolytes	X-SUPP
glucosamine	en	glucosamine	X-SUPP
glucosamine chondroitin	en	glucosamine	X-SUPP
Osteo Bi-Flex	en	glucosamine	X-SUPP
chondroitin	en	glucosamine	X-SUPP
Move Free	en	glucosamine	X-SUPP
glucosamina	es	glucosamine	X-SUPP
condroitina	es	glucosamine	X-SUPP
MSM	en	MSM	X-SUPP
methylsulfonylmethane	en	MSM	X-SUPP
biotin hair skin nails	en	biotin hair skin nails	X-SUPP
hair skin and nails	en	biotin hair skin nails	X-SUPP
Nature's Bounty Hair Skin Nails	en	biotin hair skin nails	X-SUPP
L-theanine	en	L-theanine	X-SUPP
theanine	en	L-theanine	X-SUPP
teanina	es	L-theanine	X-SUPP
L-glutamine	en	L-glutamine	X-SUPP
glutamine	en	L-glutamine	X-SUPP
glutamina	es	L-glutamine	X-SUPP
L-lysine	en	L-lysine	X-SUPP
lysine	en	L-lysine	X-SUPP
lisina	es	L-lysine	X-SUPP
L-arginine	en	L-arginine	X-SUPP
arginine	en	L-arginine	X-SUPP
arginina	es	L-arginine	X-SUPP
L-carnitine	en	L-carnitine	X-SUPP
carnitine	en	L-carnitine	X-SUPP
acetyl-L-carnitine	en	L-carnitine	X-SUPP
ALCAR	en	L-carnitine	X-SUPP
carnitina	es	L-carnitine	X-SUPP
inositol	en	inositol	X-SUPP
myo-inositol	en	inositol	X-SUPP
alpha-lipoic acid	en	alpha-lipoic acid	X-SUPP
ALA	en	alpha-lipoic acid	X-SUPP
lipoic acid	en	alpha-lipoic acid	X-SUPP
ácido alfa lipoico	es	alpha-lipoic acid	X-SUPP
N-acetylcysteine	en	N-acetylcysteine	X-SUPP
NAC	en	N-acetylcysteine	X-SUPP
acetylcysteine	en	N-acetylcysteine	X-SUPP
acetilcisteína	es	N-acetylcysteine	X-SUPP
glutathione	en	glutathione	X-SUPP
liposomal glutathione	en	glutathione	X-SUPP
glutatión	es	glutathione	X-SUPP
quercetin	en	quercetin	X-SUPP
quercetina	es	quercetin	X-SUPP
resveratrol	en	resveratrol	X-SUPP
berberine	en	berberine	X-SUPP
berberina	es	berberine	X-SUPP
DHEA	en	DHEA	X-SUPP
dehydroepiandrosterone	en	DHEA	X-SUPP
5-HTP	en	5-HTP	X-SUPP
5-hydroxytryptophan	en	5-HTP	X-SUPP
S-adenosylmethionine	en	S-adenosylmethionine	X-SUPP
NAD	en	NAD	X-SUPP
NMN	en	NAD	X-SUPP
nicotinamide riboside	en	NAD	X-SUPP
palmitoylethanolamide	en	palmitoylethanolamide	X-SUPP
taurine	en	taurine	X-SUPP
taurina	es	taurine	X-SUPP
glycine	en	glycine	X-SUPP
glicina	es	glycine	X-SUPP
iron bisglycinate	en	iron bisglycinate	X-SUPP
gentle iron	en	iron bisglycinate	X-SUPP
bone broth	en	bone broth	X-SUPP
greens powder	en	greens powder	X-SUPP
Athletic Greens	en	greens powder	X-SUPP
super greens	en	greens powder	X-SUPP
spirulina	en	spirulina	X-SUPP
espirulina	es	spirulina	X-SUPP
chlorella	en	chlorella	X-SUPP
clorela	es	chlorella	X-SUPP
sea moss	en	sea moss	X-SUPP
Irish moss	en	sea moss	X-SUPP
musgo marino	es	sea moss	X-SUPP
colostrum	en	colostrum	X-SUPP
calostro	es	colostrum	X-SUPP
apple cider vinegar	en	apple cider vinegar	X-SUPP
ACV	en	apple cider vinegar	X-SUPP
vinagre de manzana	es	apple cider vinegar	X-SUPP
digestive enzymes	en	digestive enzymes	X-SUPP
enzymes	en	digestive enzymes	X-SUPP
bromelain	en	digestive enzymes	X-SUPP
papain	en	digestive enzymes	X-SUPP
enzimas digestivas	es	digestive enzymes	X-SUPP
lactase	en	lactase	X-SUPP
Lactaid	en	lactase	X-SUPP
lactasa	es	lactase	X-SUPP
beta-alanine	en	beta-alanine	X-SUPP
caffeine	en	caffeine	X-SUPP
coffee	en	caffeine	X-SUPP
caffeine pills	en	caffeine	X-SUPP
No-Doz	en	caffeine	X-SUPP
pre-workout	en	caffeine	X-SUPP
cafeína	es	caffeine	X-SUPP
café	es	caffeine	X-SUPP
electrolyte tablets	en	electrolyte tablets	X-SUPP
Nuun	en	electrolyte tablets	X-SUPP
tabletas de sal	es	electrolyte tablets	X-SUPP
vitamin D with K2	en	vitamin D with K2	X-SUPP
D3 K2	en	vitamin D with K2	X-SUPP
elderberry	en	elderberry	X-SUPP
Sambucol	en	elderberry	X-SUPP
saúco	es	elderberry	X-SUPP
echinacea	en	echinacea	X-SUPP
equinácea	es	echinacea	X-SUPP
turmeric	en	turmeric	X-SUPP
curcumin	en	turmeric	X-SUPP
Meriva	en	turmeric	X-SUPP
cúrcuma	es	turmeric	X-SUPP
ginger	en	ginger	X-SUPP
ginger root	en	ginger	X-SUPP
jengibre	es	ginger	X-SUPP
garlic	en	garlic	X-SUPP
garlic supplement	en	garlic	X-SUPP
Kyolic	en	garlic	X-SUPP
ajo	es	garlic	X-SUPP
cinnamon	en	cinnamon	X-SUPP
canela	es	cinnamon	X-SUPP
ashwagandha	en	ashwagandha	X-SUPP
KSM-66	en	ashwagandha	X-SUPP
rhodiola	en	rhodiola	X-SUPP
rhodiola rosea	en	rhodiola	X-SUPP
ginseng	en	ginseng	X-SUPP
panax ginseng	en	ginseng	X-SUPP
American ginseng	en	ginseng	X-SUPP
ginkgo	en	ginkgo	X-SUPP
ginkgo biloba	en	ginkgo	X-SUPP
St. John's wort	en	St. John's wort	X-SUPP
hypericum	en	St. John's wort	X-SUPP
hierba de san juan	es	St. John's wort	X-SUPP
hipérico	es	St. John's wort	X-SUPP
valerian	en	valerian	X-SUPP
valerian root	en	valerian	X-SUPP
valeriana	es	valerian	X-SUPP
chamomile	en	chamomile	X-SUPP
chamomile tea	en	chamomile	X-SUPP
manzanilla	es	chamomile	X-SUPP
lavender	en	lavender	X-SUPP
Lavela	en	lavender	X-SUPP
lavender oil	en	lavender	X-SUPP
lavanda	es	lavender	X-SUPP
passionflower	en	passionflower	X-SUPP
pasiflora	es	passionflower	X-SUPP
lemon balm	en	lemon balm	X-SUPP
melissa	en	lemon balm	X-SUPP
toronjil	es	lemon balm	X-SUPP
melisa	es	lemon balm	X-SUPP
kava	en	kava	X-SUPP
kava kava	en	kava	X-SUPP
milk thistle	en	milk thistle	X-SUPP
silymarin	en	milk thistle	X-SUPP
cardo mariano	es	milk thistle	X-SUPP
silimarina	es	milk thistle	X-SUPP
dandelion	en	dandelion	X-SUPP
dandelion root	en	dandelion	X-SUPP
diente de león	es	dandelion	X-SUPP
saw palmetto	en	saw palmetto	X-SUPP
palma enana	es	saw palmetto	X-SUPP
black cohosh	en	black cohosh	X-SUPP
cimicífuga	es	black cohosh	X-SUPP
evening primrose oil	en	evening primrose oil	X-SUPP
primrose oil	en	evening primrose oil	X-SUPP
aceite de onagra	es	evening primrose oil	X-SUPP
maca	en	maca	X-SUPP
maca root	en	maca	X-SUPP
moringa	en	moringa	X-SUPP
green tea extract	en	green tea extract	X-SUPP
green tea	en	green tea extract	X-SUPP
EGCG	en	green tea extract	X-SUPP
té verde	es	green tea extract	X-SUPP
matcha	en	matcha	X-SUPP
peppermint oil	en	peppermint oil	X-SUPP
IBgard	en	peppermint oil	X-SUPP
peppermint	en	peppermint oil	X-SUPP
aceite de menta	es	peppermint oil	X-SUPP
menta	es	peppermint oil	X-SUPP
aloe vera	en	aloe vera	X-SUPP
aloe	en	aloe vera	X-SUPP
sábila	es	aloe vera	X-SUPP
psyllium husk	en	psyllium husk	X-SUPP
cáscara de psilio	es	psyllium husk	X-SUPP
chia seeds	en	chia seeds	X-SUPP
chia	en	chia seeds	X-SUPP
flaxseed	en	flaxseed	X-SUPP
flax	en	flaxseed	X-SUPP
linaza	es	flaxseed	X-SUPP
cranberry	en	cranberry	X-SUPP
cranberry pills	en	cranberry	X-SUPP
Azo Cranberry	en	cranberry	X-SUPP
D-mannose	en	cranberry	X-SUPP
arándano	es	cranberry	X-SUPP
lion's mane	en	lion's mane	X-SUPP
melena de león	es	lion's mane	X-SUPP
reishi	en	reishi	X-SUPP
chaga	en	chaga	X-SUPP
cordyceps	en	cordyceps	X-SUPP
mushroom supplement	en	mushroom supplement	X-SUPP
mushroom coffee	en	mushroom supplement	X-SUPP
mushroom blend	en	mushroom supplement	X-SUPP
hongos	es	mushroom supplement	X-SUPP
cannabidiol	en	cannabidiol	X-SUPP
CBD	en	cannabidiol	X-SUPP
CBD oil	en	cannabidiol	X-SUPP
hemp oil	en	cannabidiol	X-SUPP
CBD gummies	en	cannabidiol	X-SUPP
aceite de CBD	es	cannabidiol	X-SUPP
cannabis	en	cannabis	X-OTHER
marijuana	en	cannabis	X-OTHER
medical marijuana	en	cannabis	X-OTHER
THC	en	cannabis	X-OTHER
weed	en	cannabis	X-OTHER
edibles	en	cannabis	X-OTHER
Marinol	en	cannabis	X-OTHER
dronabinol	en	cannabis	X-OTHER
marihuana	es	cannabis	X-OTHER
boswellia	en	boswellia	X-SUPP
frankincense	en	boswellia	X-SUPP
bromelain supplement	en	bromelain supplement	X-SUPP
butterbur	en	butterbur	X-SUPP
petasites	en	butterbur	X-SUPP
feverfew	en	feverfew	X-SUPP
holy basil	en	holy basil	X-SUPP
tulsi	en	holy basil	X-SUPP
licorice root	en	licorice root	X-SUPP
DGL	en	licorice root	X-SUPP
deglycyrrhizinated licorice	en	licorice root	X-SUPP
regaliz	es	licorice root	X-SUPP
slippery elm	en	slippery elm	X-SUPP
marshmallow root	en	marshmallow root	X-SUPP
mullein	en	mullein	X-SUPP
gordolobo	es	mullein	X-SUPP
oregano oil	en	oregano oil	X-SUPP
aceite de orégano	es	oregano oil	X-SUPP
olive leaf extract	en	olive leaf extract	X-SUPP
black seed oil	en	black seed oil	X-SUPP
nigella sativa	en	black seed oil	X-SUPP
comino negro	es	black seed oil	X-SUPP
astragalus	en	astragalus	X-SUPP
bee pollen	en	bee pollen	X-SUPP
propolis	en	bee pollen	X-SUPP
royal jelly	en	bee pollen	X-SUPP
propóleo	es	bee pollen	X-SUPP
polen	es	bee pollen	X-SUPP
honey	en	honey	X-SUPP
manuka honey	en	honey	X-SUPP
miel	es	honey	X-SUPP
hyaluronic acid	en	hyaluronic acid	X-SUPP
ácido hialurónico	es	hyaluronic acid	X-SUPP
keratin	en	keratin	X-SUPP
lutein	en	lutein	X-SUPP
PreserVision	en	lutein	X-SUPP
AREDS	en	lutein	X-SUPP
zeaxanthin	en	lutein	X-SUPP
luteína	es	lutein	X-SUPP
beta carotene	en	beta carotene	X-SUPP
betacaroteno	es	beta carotene	X-SUPP
chromium	en	chromium	X-SUPP
chromium picolinate	en	chromium	X-SUPP
cromo	es	chromium	X-SUPP
boron	en	boron	X-SUPP
boro	es	boron	X-SUPP
manganese	en	manganese	X-SUPP
manganeso	es	manganese	X-SUPP
copper	en	copper	X-SUPP
cobre	es	copper	X-SUPP
potassium supplement	en	potassium supplement	X-SUPP
potassium gluconate	en	potassium supplement	X-SUPP
iodine supplement	en	iodine supplement	X-SUPP
kelp	en	iodine supplement	X-SUPP
yodo natural	es	iodine supplement	X-SUPP
vitamin D3 and K2	en	vitamin D3 and K2	X-SUPP
L-tyrosine	en	L-tyrosine	X-SUPP
tyrosine	en	L-tyrosine	X-SUPP
tirosina	es	L-tyrosine	X-SUPP
GABA supplement	en	GABA supplement	X-SUPP
GABA	en	GABA supplement	X-SUPP
tart cherry	en	tart cherry	X-SUPP
tart cherry extract	en	tart cherry	X-SUPP
cereza ácida	es	tart cherry	X-SUPP
beetroot	en	beetroot	X-SUPP
beet root powder	en	beetroot	X-SUPP
remolacha	es	beetroot	X-SUPP
nattokinase	en	nattokinase	X-SUPP
serrapeptase	en	nattokinase	X-SUPP
citicoline	en	citicoline	X-SUPP
CDP-choline	en	citicoline	X-SUPP
alpha-GPC	en	citicoline	X-SUPP
choline	en	citicoline	X-SUPP
colina	es	citicoline	X-SUPP
phosphatidylserine	en	phosphatidylserine	X-SUPP
pregnenolone	en	pregnenolone	X-SUPP
low FODMAP enzymes	en	low FODMAP enzymes	X-SUPP
FODZYME	en	low FODMAP enzymes	X-SUPP
betaine HCl	en	betaine HCl	X-SUPP
betaine	en	betaine HCl	X-SUPP
ox bile	en	ox bile	X-SUPP
activated charcoal supplement	en	activated charcoal supplement	X-SUPP
charcoal	en	activated charcoal supplement	X-SUPP
methylene blue	en	methylene blue	X-SUPP
azul de metileno	es	methylene blue	X-SUPP
levothyroxine	en	levothyroxine	H03A
levothyroxine sodium	en	levothyroxine	H03A
Levoxyl	en	levothyroxine	H03A
levotiroxina	es	levothyroxine	H03A
levotiroxina sódica	es	levothyroxine	H03A
eutirox	es	levothyroxine	H03A
liothyronine	en	liothyronine	H03A
liotironina	es	liothyronine	H03A
thyroid, desiccated	en	thyroid, desiccated	H03A
Armour	en	thyroid, desiccated	H03A
thyroid extract	en	thyroid, desiccated	H03A
tiroides desecada	es	thyroid, desiccated	H03A
methimazole	en	methimazole	H03B
metimazol	es	methimazole	H03B
tiamazol	es	methimazole	H03B
propylthiouracil	en	propylthiouracil	H03B
propiltiouracilo	es	propylthiouracil	H03B
prednisone	en	prednisone	H02A
Deltasone	en	prednisone	H02A
Rayos	en	prednisone	H02A
prednisona	es	prednisone	H02A
prednisolone	en	prednisolone	H02A
Orapred	en	prednisolone	H02A
Millipred	en	prednisolone	H02A
prednisolona	es	prednisolone	H02A
methylprednisolone	en	methylprednisolone	H02A
Medrol	en	methylprednisolone	H02A
Medrol Dosepak	en	methylprednisolone	H02A
Solu-Medrol	en	methylprednisolone	H02A
Depo-Medrol	en	methylprednisolone	H02A
metilprednisolona	es	methylprednisolone	H02A
dexamethasone	en	dexamethasone	H02A
Decadron	en	dexamethasone	H02A
Hemady	en	dexamethasone	H02A
dexametasona	es	dexamethasone	H02A
hydrocortisone	en	hydrocortisone	H02A
Cortef	en	hydrocortisone	H02A
hidrocortisona	es	hydrocortisone	H02A
budesonide	en	budesonide	H02A
Entocort	en	budesonide	H02A
Uceris	en	budesonide	H02A
Ortikos	en	budesonide	H02A
budesonida	es	budesonide	H02A
deflazacort	en	deflazacort	H02A
Emflaza	en	deflazacort	H02A
methotrexate	en	methotrexate	L04A
Trexall	en	methotrexate	L04A
Otrexup	en	methotrexate	L04A
Rasuvo	en	methotrexate	L04A
Xatmep	en	methotrexate	L04A
MTX	en	methotrexate	L04A
metotrexato	es	methotrexate	L04A
azathioprine	en	azathioprine	L04A
Imuran	en	azathioprine	L04A
Azasan	en	azathioprine	L04A
azatioprina	es	azathioprine	L04A
leflunomide	en	leflunomide	L04A
Arava	en	leflunomide	L04A
leflunomida	es	leflunomide	L04A
mycophenolate mofetil	en	mycophenolate mofetil	L04A
CellCept	en	mycophenolate mofetil	L04A
micofenolato	es	mycophenolate mofetil	L04A
micofenolato de mofetilo	es	mycophenolate mofetil	L04A
cyclosporine	en	cyclosporine	L04A
Gengraf	en	cyclosporine	L04A
Sandimmune	en	cyclosporine	L04A
ciclosporin	en	cyclosporine	L04A
ciclosporina	es	cyclosporine	L04A
tacrolimus	en	tacrolimus	L04A
Prograf	en	tacrolimus	L04A
Envarsus	en	tacrolimus	L04A
Astagraf	en	tacrolimus	L04A
adalimumab	en	adalimumab	L04A
Humira	en	adalimumab	L04A
Amjevita	en	adalimumab	L04A
Hadlima	en	adalimumab	L04A
Hyrimoz	en	adalimumab	L04A
Cyltezo	en	adalimumab	L04A
Yusimry	en	adalimumab	L04A
Simlandi	en	adalimumab	L04A
etanercept	en	etanercept	L04A
Enbrel	en	etanercept	L04A
infliximab	en	infliximab	L04A
Remicade	en	infliximab	L04A
Inflectra	en	infliximab	L04A
Renflexis	en	infliximab	L04A
ustekinumab	en	ustekinumab	L04A
Stelara	en	ustekinumab	L04A
Wezlana	en	ustekinumab	L04A
secukinumab	en	secukinumab	L04A
Cosentyx	en	secukinumab	L04A
tofacitinib	en	tofacitinib	L04A
Xeljanz	en	tofacitinib	L04A
upadacitinib	en	upadacitinib	L04A
Rinvoq	en	upadacitinib	L04A
baricitinib	en	baricitinib	L04A
Olumiant	en	baricitinib	L04A
rituximab	en	rituximab	L01F
Rituxan	en	rituximab	L01F
Truxima	en	rituximab	L01F
Ruxience	en	rituximab	L01F
hydroxychloroquine	en	hydroxychloroquine	P01B
Plaquenil	en	hydroxychloroquine	P01B
HCQ	en	hydroxychloroquine	P01B
hidroxicloroquina	es	hydroxychloroquine	P01B
sulfasalazine	en	sulfasalazine	A07E
Azulfidine	en	sulfasalazine	A07E
sulfasalazina	es	sulfasalazine	A07E
mesalamine	en	mesalamine	A07E
Lialda	en	mesalamine	A07E
Asacol	en	mesalamine	A07E
Pentasa	en	mesalamine	A07E
Apriso	en	mesalamine	A07E
Delzicol	en	mesalamine	A07E
mesalazine	en	mesalamine	A07E
mesalazina	es	mesalamine	A07E
morphine	en	morphine	N02A
MS Contin	en	morphine	N02A
Kadian	en	morphine	N02A
morfina	es	morphine	N02A
hydromorphone	en	hydromorphone	N02A
Dilaudid	en	hydromorphone	N02A
hidromorfona	es	hydromorphone	N02A
oxycodone	en	oxycodone	N02A
Roxicodone	en	oxycodone	N02A
oxicodona	es	oxycodone	N02A
codeine	en	codeine	N02A
codeína	es	codeine	N02A
Norco	en	acetaminophen; hydrocodone	N02A
Vicodin	en	acetaminophen; hydrocodone	N02A
hidrocodona	es	acetaminophen; hydrocodone	N02A
hidrocodona con paracetamol	es	acetaminophen; hydrocodone	N02A
Percocet	en	acetaminophen; oxycodone	N02A
oxicodona con paracetamol	es	acetaminophen; oxycodone	N02A
Tylenol with codeine	en	acetaminophen; codeine	N02A
paracetamol con codeína	es	acetaminophen; codeine	N02A
fentanyl	en	fentanyl	N02A
Duragesic	en	fentanyl	N02A
fentanilo	es	fentanyl	N02A
meperidine	en	meperidine	N02A
Demerol	en	meperidine	N02A
meperidina	es	meperidine	N02A
petidina	es	meperidine	N02A
tramadol	en	tramadol	N02A
Ultram	en	tramadol	N02A
tapentadol	en	tapentadol	N02A
Nucynta	en	tapentadol	N02A
methadone	en	methadone	N07B
Dolophine	en	methadone	N07B
Methadose	en	methadone	N07B
metadona	es	methadone	N07B
buprenorphine	en	buprenorphine	N07B
Subutex	en	buprenorphine	N07B
buprenorfina	es	buprenorphine	N07B
Suboxone	en	buprenorphine; naloxone	N07B
Zubsolv	en	buprenorphine; naloxone	N07B
buprenorfina con naloxona	es	buprenorphine; naloxone	N07B
buprenorfina/naloxona	es	buprenorphine; naloxone	N07B
naltrexone	en	naltrexone	N07B
ReVia	en	naltrexone	N07B
naltrexona	es	naltrexone	N07B
naloxone	en	naloxone	V03A
Narcan	en	naloxone	V03A
naloxona	es	naloxone	V03A
loperamide	en	loperamide	A07D
Imodium	en	loperamide	A07D
loperamida	es	loperamide	A07D
thioridazine	en	thioridazine	N05A
tioridazina	es	thioridazine	N05A
disulfiram	en	disulfiram	N07B
Antabuse	en	disulfiram	N07B
trazodone	en	trazodone	N06A
Desyrel	en	trazodone	N06A
Oleptro	en	trazodone	N06A
trazodona	es	trazodone	N06A
hydroxyzine	en	hydroxyzine	R06A
Atarax	en	hydroxyzine	R06A
Vistaril	en	hydroxyzine	R06A
hidroxizina	es	hydroxyzine	R06A
dextromethorphan	en	dextromethorphan	R05D
Delsym	en	dextromethorphan	R05D
DM	en	dextromethorphan	R05D
Robitussin DM	en	dextromethorphan	R05D
dextrometorfano	es	dextromethorphan	R05D
methocarbamol	en	methocarbamol	M03B
Robaxin	en	methocarbamol	M03B
metocarbamol	es	methocarbamol	M03B
birth control pill	en		G03A
birth control	en		G03A
birth control pills	en		G03A
oral contraceptive	en		G03A
oral contraceptives	en		G03A
contraceptive pill	en		G03A
contraceptive	en		G03A
BCP	en		G03A
OCP	en		G03A
pastillas anticonceptivas	es		G03A
pastilla anticonceptiva	es		G03A
anticonceptivos	es		G03A
anticonceptivo	es		G03A
píldora anticonceptiva	es		G03A
píldoras anticonceptivas	es		G03A
water pill	en		C03
water pills	en		C03
diuretic	en		C03
pastilla para el agua	es		C03
diurético	es		C03
baby aspirin	en	aspirin	B01A
low dose aspirin	en	aspirin	B01A
aspirin 81	en	aspirin	B01A
children's aspirin	en	aspirin	B01A
aspirina infantil	es	aspirin	B01A
aspirina para bebé	es	aspirin	B01A
aspirina de bebé	es	aspirin	B01A
blood pressure pill	en		C02
blood pressure medicine	en		C02
blood pressure medication	en		C02
BP pill	en		C02
BP medicine	en		C02
high blood pressure pill	en		C02
pastilla para la presión	es		C02
medicina para la presión	es		C02
pastilla para la presión alta	es		C02
sleeping pill	en		N05C
sleeping pills	en		N05C
sleep aid	en		N05C
sleep medicine	en		N05C
sleep aids	en		N05C
pastillas para dormir	es		N05C
pastilla para dormir	es		N05C
allergy pill	en		R06A
allergy pills	en		R06A
allergy medicine	en		R06A
allergy medication	en		R06A
antihistamine	en		R06A
pastilla para la alergia	es		R06A
antihistamínico	es		R06A
antialérgico	es		R06A
insulin	en		A10A
insulin pen	en		A10A
long acting insulin	en		A10A
short acting insulin	en		A10A
mealtime insulin	en		A10A
insulina	es		A10A
statin	en		C10A
cholesterol pill	en		C10A
cholesterol medicine	en		C10A
cholesterol medication	en		C10A
pastilla para el colesterol	es		C10A
estatina	es		C10A
diabetes pill	en		A10B
diabetes medicine	en		A10B
pastilla para la diabetes	es		A10B
pastilla para el azúcar	es		A10B
acid reflux pill	en		A02B
acid reflux medicine	en		A02B
heartburn pill	en		A02B
heartburn medicine	en		A02B
acid reducer	en		A02B
antacid	en		A02B
antacids	en		A02B
antiácido	es		A02B
pastilla para la acidez	es		A02B
medicina para la gastritis	es		A02B
laxative	en		A06A
laxatives	en		A06A
laxante	es		A06A
antidepressant	en		N06A
antidepressants	en		N06A
depression medicine	en		N06A
antidepresivo	es		N06A
anxiety pill	en		N05B
anxiety medicine	en		N05B
ansiolítico	es		N05B
pastilla para los nervios	es		N05B
antibiotic	en		J01
antibiotics	en		J01
antibiótico	es		J01
antibióticos	es		J01
blood thinner	en		B01A
blood thinners	en		B01A
anticoagulante	es		B01A
muscle relaxer	en		M03
muscle relaxant	en		M03
relajante muscular	es		M03
nausea medicine	en		A04A
nausea pill	en		A04A
pastilla para las náuseas	es		A04A
asthma inhaler	en		R03
rescue inhaler	en		R03
asthma medicine	en		R03
inhalador	es		R03
bomba para el asma	es		R03
hormone replacement	en		G03C
HRT	en		G03C
hormone therapy	en		G03C
terapia hormonal	es		G03C
reemplazo hormonal	es		G03C
thyroid pill	en	levothyroxine	H03A	ask
thyroid medicine	en	levothyroxine	H03A	ask
thyroid medication	en	levothyroxine	H03A	ask
thyroid hormone	en	levothyroxine	H03A	ask
pastilla para la tiroides	es	levothyroxine	H03A	ask
medicina para la tiroides	es	levothyroxine	H03A	ask
hormona tiroidea	es	levothyroxine	H03A	ask
pain pill	en		N02	ask
pain pills	en		N02	ask
pain medicine	en		N02	ask
pain medication	en		N02	ask
pain killer	en		N02	ask
painkillers	en		N02	ask
pain reliever	en		N02	ask
pastilla para el dolor	es		N02	ask
analgésico	es		N02	ask
calmante	es		N02	ask
cough syrup	en		R05	ask
cough medicine	en		R05	ask
jarabe para la tos	es		R05	ask
steroid	en		H02	ask
steroids	en		H02	ask
steroid pill	en		H02	ask
esteroides	es		H02	ask
esteroide	es		H02	ask
cortisona	es		H02	ask
migraine medicine	en		N02C	ask
migraine pill	en		N02C	ask
pastilla para la migraña	es		N02C	ask
`;
