// Every way into the app, read from src/routes itself: each page (GET), each form action of a
// +page.server.ts (POST, named or default) and each HTTP method a +server.ts exports. The route ×
// role matrix (tests/e2e/route-matrix.ts) must have an expectation for every one of them, so a new
// route or action cannot be added without deciding who may use it.
import { globSync, readFileSync } from 'node:fs';
import ts from 'typescript';

export interface Endpoint {
	/** `GET /(staff)/clinic`, `POST /(staff)/clinic/intakes/[id]?/note`, `POST /(public)/intake/resume`. */
	key: string;
	routeId: string;
	method: string;
	kind: 'page' | 'action' | 'endpoint';
	/** The action's name; `default` for a page's default action. */
	action?: string;
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'fallback'];

const routeIdOf = (file: string, root: string) =>
	file.slice(root.length).replace(/\/[^/]+$/, '') || '/';

const parse = (file: string) =>
	ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);

const isExported = (node: ts.Node) =>
	ts.canHaveModifiers(node) &&
	(ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** Unwraps `x as T`, `x satisfies T`, `(x)`. */
function unwrap(node: ts.Expression): ts.Expression {
	while (
		ts.isAsExpression(node) ||
		ts.isSatisfiesExpression(node) ||
		ts.isParenthesizedExpression(node)
	)
		node = node.expression;
	return node;
}

/** Names a module exports: `export const/let/function/class X` and `export { a as X }`. */
export function exportedNames(source: ts.SourceFile): Map<string, ts.Node> {
	const names = new Map<string, ts.Node>();
	for (const node of source.statements) {
		if (ts.isVariableStatement(node) && isExported(node)) {
			for (const d of node.declarationList.declarations) {
				if (ts.isIdentifier(d.name)) names.set(d.name.text, d);
			}
		} else if (
			(ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node)) &&
			isExported(node)
		) {
			if (node.name) names.set(node.name.text, node);
		} else if (ts.isExportDeclaration(node) && node.exportClause) {
			if (ts.isNamedExports(node.exportClause)) {
				for (const e of node.exportClause.elements) names.set(e.name.text, e);
			}
		}
	}
	return names;
}

/** The keys of `export const actions = { … }`; throws when they cannot be read statically. */
export function actionNames(file: string): string[] | null {
	const declaration = exportedNames(parse(file)).get('actions');
	if (!declaration) return null;
	const init =
		ts.isVariableDeclaration(declaration) && declaration.initializer
			? unwrap(declaration.initializer)
			: undefined;
	if (!init || !ts.isObjectLiteralExpression(init)) {
		throw new Error(
			`${file}: write \`export const actions = { … }\` as an object literal, so the route matrix can list its actions`
		);
	}
	return init.properties.map((p) => {
		if (ts.isSpreadAssignment(p) || !p.name || ts.isComputedPropertyName(p.name)) {
			throw new Error(`${file}: action names must be plain keys (no spreads or computed names)`);
		}
		return p.name.getText().replace(/^['"]|['"]$/g, '');
	});
}

/** The HTTP methods a +server.ts exports. */
export function serverMethods(file: string): string[] {
	return [...exportedNames(parse(file)).keys()].filter((n) => HTTP_METHODS.includes(n));
}

/** Every page, form action and endpoint under `root`, sorted by key. */
export function discoverEndpoints(root = 'src/routes'): Endpoint[] {
	const out: Endpoint[] = [];
	const pages = new Set(
		globSync(`${root}/**/+page{,@*}.{svelte,ts,js}`)
			.concat(globSync(`${root}/**/+page.server.{ts,js}`))
			.map((f) => routeIdOf(f, root))
	);
	for (const routeId of pages)
		out.push({ key: `GET ${routeId}`, routeId, method: 'GET', kind: 'page' });
	for (const file of globSync(`${root}/**/+page.server.{ts,js}`)) {
		const routeId = routeIdOf(file, root);
		for (const action of actionNames(file) ?? []) {
			const key = `POST ${routeId}${action === 'default' ? '' : `?/${action}`}`;
			out.push({ key, routeId, method: 'POST', kind: 'action', action });
		}
	}
	for (const file of globSync(`${root}/**/+server.{ts,js}`)) {
		const routeId = routeIdOf(file, root);
		for (const method of serverMethods(file)) {
			out.push({ key: `${method} ${routeId}`, routeId, method, kind: 'endpoint' });
		}
	}
	return out.sort((a, b) => a.key.localeCompare(b.key));
}
