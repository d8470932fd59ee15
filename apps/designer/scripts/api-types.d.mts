export declare const openApiDocument: string;
export declare const generatedTypes: string;
export declare function apiTypes(): Promise<string>;
