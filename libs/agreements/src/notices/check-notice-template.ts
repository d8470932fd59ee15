import Handlebars from 'handlebars';
import { type LocalizedMessage } from '../problem.js';
import { type NoticeKind, noticeKindInfo, type VariableShape } from './notice-kinds.js';

/** One thing wrong with a template part, where in the part it is (1-based line and column). */
export interface TemplateProblem {
  code:
    | 'templateSyntax'
    | 'unknownVariable'
    | 'notAValue'
    | 'notAList'
    | 'notARecord'
    | 'helperNotAllowed'
    | 'partialNotAllowed'
    | 'unescapedOutput';
  line: number;
  column: number;
  message: LocalizedMessage;
}

type AnyNode = hbs.AST.Node;

/** The block helpers a template may use; each takes one variable and nothing else. */
const blockHelpers = new Set(['if', 'unless', 'each', 'with']);
/** The data variables Handlebars sets inside `#each`. */
const eachData = new Set(['index', 'first', 'last']);

interface Scope {
  shape: VariableShape;
  /** Inside `#each`: `@index`, `@first`, `@last` are defined. */
  inEach: boolean;
}

/**
 * Checks one part of a notice template against its kind's variables by walking the Handlebars
 * syntax tree: every variable must be one the kind provides (a printable value where it is
 * printed, a list where it is looped over); only `if`, `unless`, `each` and `with` may be used,
 * no other helper and no partial. In the HTML part nothing may be printed unescaped (`{{{…}}}`
 * or `{{& …}}`), so a value can never become markup. Pure; nothing is rendered.
 */
export function checkNoticeTemplatePart(
  kind: NoticeKind,
  part: 'subject' | 'text' | 'html',
  source: string,
): TemplateProblem[] {
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(source);
  } catch (error) {
    const text = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    const at = /line (\d+)/.exec(text);
    return [
      {
        code: 'templateSyntax',
        line: at ? Number(at[1]) : 1,
        column: 1,
        message: { sv: `mallen kan inte läsas: ${text}`, en: `the template cannot be parsed: ${text}` },
      },
    ];
  }
  const problems: TemplateProblem[] = [];
  const report = (node: AnyNode, code: TemplateProblem['code'], sv: string, en: string) =>
    problems.push({ code, line: node.loc.start.line, column: node.loc.start.column + 1, message: { sv, en } });

  /** The shape a path names in the scopes (innermost last), or a reason it names nothing. */
  const resolve = (path: hbs.AST.PathExpression, scopes: readonly Scope[]): VariableShape | 'unknown' => {
    if (path.data) {
      const [head, ...rest] = path.parts;
      if (head === 'root') return walk(scopes[0]?.shape, rest);
      const scope = scopes[scopes.length - 1 - path.depth];
      return scope?.inEach && head !== undefined && eachData.has(head) && rest.length === 0 ? 'value' : 'unknown';
    }
    return walk(scopes[scopes.length - 1 - path.depth]?.shape, path.parts);
  };

  const visitProgram = (node: hbs.AST.Program | undefined, scopes: readonly Scope[]) => {
    for (const statement of node?.body ?? []) visit(statement, scopes);
  };

  const expectPath = (node: AnyNode, expression: hbs.AST.Expression): hbs.AST.PathExpression | undefined => {
    if (expression.type === 'PathExpression') return expression as hbs.AST.PathExpression;
    report(node, 'helperNotAllowed', 'här får bara en variabel stå', 'only a variable may stand here');
    return undefined;
  };

  const unknown = (node: AnyNode, path: hbs.AST.PathExpression) =>
    report(
      node,
      'unknownVariable',
      `"${path.original}" är ingen variabel i ett meddelande av slaget ${kind}`,
      `"${path.original}" is not a variable of a ${kind} notice`,
    );

  const visit = (node: hbs.AST.Statement, scopes: readonly Scope[]) => {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        if (mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0) {
          report(
            node,
            'helperNotAllowed',
            'hjälpfunktioner får inte användas i en mall',
            'helpers may not be used in a template',
          );
          return;
        }
        const path = expectPath(node, mustache.path);
        if (!path) return;
        if (part === 'html' && !mustache.escaped) {
          report(
            node,
            'unescapedOutput',
            `"${path.original}" skrivs ut oskyddat; använd {{${path.original}}}`,
            `"${path.original}" is printed unescaped; use {{${path.original}}}`,
          );
        }
        const shape = resolve(path, scopes);
        if (shape === 'unknown') unknown(node, path);
        else if (shape !== 'value') {
          report(
            node,
            'notAValue',
            `"${path.original}" går inte att skriva ut`,
            `"${path.original}" is not a printable value`,
          );
        }
        return;
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const helper = block.path.type === 'PathExpression' ? (block.path as hbs.AST.PathExpression).original : '';
        const [param] = block.params;
        if (!blockHelpers.has(helper) || block.params.length !== 1 || !param || (block.hash?.pairs.length ?? 0) > 0) {
          report(
            node,
            'helperNotAllowed',
            'bara #if, #unless, #each och #with med en variabel får användas',
            'only #if, #unless, #each and #with with one variable may be used',
          );
          return;
        }
        const path = expectPath(node, param);
        if (!path) return;
        const shape = resolve(path, scopes);
        if (shape === 'unknown') {
          unknown(node, path);
          return;
        }
        if (helper === 'each') {
          if (!Array.isArray(shape)) {
            report(node, 'notAList', `"${path.original}" är ingen lista`, `"${path.original}" is not a list`);
            return;
          }
          visitProgram(block.program, [...scopes, { shape: (shape as readonly [VariableShape])[0], inEach: true }]);
        } else if (helper === 'with') {
          if (typeof shape !== 'object' || Array.isArray(shape)) {
            report(node, 'notARecord', `"${path.original}" har inga fält`, `"${path.original}" has no fields`);
            return;
          }
          visitProgram(block.program, [...scopes, { shape, inEach: false }]);
        } else {
          visitProgram(block.program, scopes);
        }
        visitProgram(block.inverse, scopes);
        return;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
        report(node, 'partialNotAllowed', 'delmallar får inte användas', 'partials may not be used');
        return;
      default:
        report(node, 'helperNotAllowed', 'det här får inte stå i en mall', 'this may not be used in a template');
    }
  };

  visitProgram(program, [{ shape: noticeKindInfo[kind].shape, inEach: false }]);
  return problems;
}

/** The shape at a path of fields below a shape; only declared fields count, never a prototype's. */
function walk(shape: VariableShape | undefined, parts: readonly string[]): VariableShape | 'unknown' {
  let here: VariableShape | undefined = shape;
  for (const field of parts) {
    if (here === undefined || here === 'value' || Array.isArray(here)) return 'unknown';
    const record = here as { readonly [field: string]: VariableShape };
    here = Object.prototype.hasOwnProperty.call(record, field) ? record[field] : undefined;
  }
  return here ?? 'unknown';
}
