/** A conversation id the sandbox issued (the only kind it accepts). */
export async function sandboxConversation(base: string, init: { headers?: Record<string, string> } = {}): Promise<string> {
  const response = await fetch(`${base}/sandbox/api/conversations`, { method: 'POST', headers: init.headers });
  if (response.status !== 201) throw new Error(`POST /sandbox/api/conversations → ${response.status}`);
  return ((await response.json()) as { conversationId: string }).conversationId;
}
