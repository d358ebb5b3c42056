/** A lawful purpose the gateway lists for the token's agency. */
interface PurposeChoice {
  code: string;
  description: string;
}

/**
 * Fills the purpose list with the purposes the token's agency may state, as the gateway lists them (GET
 * /access/purposes with the token): the page offers no purpose the gateway would refuse. The choice already made is
 * kept when it is still among them. Says why the list is empty when the token is refused.
 */
export async function offerPurposes(select: HTMLSelectElement, token: string): Promise<void> {
  const chosen = select.value;
  const option = (value: string, text: string) => {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = text;
    return element;
  };
  if (token === '') {
    select.replaceChildren(option('', 'Paste your token to choose a purpose'));
    return;
  }
  const response = await fetch('/access/purposes', {
    headers: { authorization: `Bearer ${token}` },
    credentials: 'omit',
    cache: 'no-store',
  });
  if (!response.ok) {
    select.replaceChildren(option('', 'This token is refused: no purposes to offer'));
    return;
  }
  const { purposes } = (await response.json()) as { purposes: PurposeChoice[] };
  select.replaceChildren(
    option('', purposes.length === 0 ? 'Your agency may not look at personal data' : 'Choose a purpose'),
    ...purposes.map((purpose) => option(purpose.code, `${purpose.description} (${purpose.code})`)),
  );
  if (purposes.some((purpose) => purpose.code === chosen)) select.value = chosen;
}
