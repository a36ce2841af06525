import { useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../components/Page.tsx';
import { useCreatePerson } from './api.ts';
import { emptyPerson, PersonForm, valuesToBody } from './PersonForm.tsx';
import { PERSON_KINDS } from './person-kinds.ts';

export function AddPersonPage() {
  const create = useCreatePerson();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const requested = params.get('kind');
  const kind = PERSON_KINDS.find((k) => k === requested) ?? 'young_person';

  return (
    <Page title="Add a person">
      <PersonForm
        initialValues={emptyPerson(kind)}
        kindEditable
        submitLabel="Add person"
        save={async (values) => {
          const person = await create.mutateAsync({ kind: values.kind, ...valuesToBody(values) });
          navigate(`/people/${person.id}`, { state: { notice: `${person.name} has been added.` } });
        }}
      />
    </Page>
  );
}
