// GraphiQL, self-hosted: built into web/dist and served at GET /graphql by the binary, so it
// works on a network without internet and under the pages' content security policy.
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { GraphiQL } from 'graphiql'
import { createGraphiQLFetcher } from '@graphiql/toolkit'
import 'graphiql/graphiql.css'

const fetcher = createGraphiQLFetcher({ url: '/graphql' })
const root = document.getElementById('graphiql')
if (root) {
  createRoot(root).render(
    createElement(GraphiQL, {
      fetcher,
      defaultEditorToolsVisibility: 'headers',
      defaultQuery:
        '# 先登录，再把返回的 token 填入下方 Headers：{ "Authorization": "Bearer <token>" }\n' +
        'mutation { login(phone: "13800000003", password: "Xuefa2017") { token mustChangePassword } }\n',
    }),
  )
}
