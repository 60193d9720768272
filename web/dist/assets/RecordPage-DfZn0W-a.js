import{A as e,Bt as t,D as n,E as r,G as i,It as a,J as o,M as s,O as c,T as l,Tt as u,X as d,b as f,ct as p,gt as m,j as h,r as g}from"./vue-BuV2to1d.js";import{t as _}from"./PageHeader-DjiKKod5.js";import{t as v}from"./button-BvSjrUiw.js";import{t as y}from"./function-call-Bv2yjDiO.js";/* empty css            */import{D as b,k as x,w as S}from"./api-CS_kywBL.js";import{a as C,o as w}from"./format-D_UAZmZ6.js";var T=S(`
  query MyRecord {
    myRecord {
      learner { id name unit { name } }
      years {
        campaignId
        year
        campaignTitle
        points
        requiredPoints
        studyCompleted
        exemption
        bestScore
        outcome
        consequences
        attempts { kind score passed submittedAt autoSubmitted }
      }
    }
  }
`),E=S(`
  query MyCertificate($campaignId: ID!) {
    myCertificate(campaignId: $campaignId) { code verifyPath name unitName year score passedOn }
  }
`),D=S(`
  mutation CreateCertificateLink($campaignId: ID!, $unitId: ID) {
    createCertificateLink(campaignId: $campaignId, unitId: $unitId) { url expiresAt }
  }
`),O=S(`
  mutation CreateRecordLink($learnerId: ID!) {
    createRecordLink(learnerId: $learnerId) { url expiresAt }
  }
`),k={class:`page`},A={key:0,class:`card error-text`,role:`alert`},j={key:1,class:`card`,"aria-busy":`true`},M={class:`card muted`},N={key:0,class:`card muted`},P=[`aria-label`],F={class:`year-title`},I={class:`muted`},L={key:0},R={key:1,class:`attempts`},z={key:2,class:`muted`},B={key:3,class:`certificate`},V={class:`code`,"data-testid":`certificate-code`},H={class:`muted`},U=[`href`],W=g(s({__name:`RecordPage`,setup(s){let g=m(null),S=m({}),W=m(``),G=m(``),K={PASSED:`合格`,EXEMPTED:`免考`,NOT_REQUIRED:`无需参考`,IN_PROGRESS:`进行中`,FAILED:`不合格`,NOT_TAKEN:`未参考`},q={GRADE_DEFERRED:`暂缓确定考核等次`,NOT_EXCELLENT:`不得确定为优秀`},J={PENDING:`申请中`,APPROVED:`已批准`,REJECTED:`未批准`};i(async()=>{try{g.value=(await x(T)).myRecord;for(let e of g.value.years.filter(e=>e.outcome===`PASSED`)){let t=(await x(E,{campaignId:e.campaignId})).myCertificate;t&&(S.value[e.campaignId]=t)}}catch(e){W.value=b(e)}});function Y(e){let t=document.createElement(`a`);t.href=e,t.rel=`noopener`,document.body.appendChild(t),t.click(),t.remove()}async function X(e){G.value=e;try{Y((await x(D,{campaignId:e})).createCertificateLink.url)}catch(e){y(b(e))}finally{G.value=``}}async function Z(){if(g.value){G.value=`record`;try{Y((await x(O,{learnerId:g.value.learner.id})).createRecordLink.url)}catch(e){y(b(e))}finally{G.value=``}}}return(i,s)=>{var m,y;return o(),c(`div`,k,[h(_,{title:`学法档案`,back:`/me`}),W.value?(o(),c(`p`,A,t(W.value),1)):g.value?(o(),c(f,{key:2},[l(`p`,M,t(g.value.learner.name)+` · `+t((m=(y=g.value.learner.unit)==null?void 0:y.name)==null?`调动中`:m)+`。档案随本人保存，调动单位、跨年度都不会丢失。 `,1),g.value.years.length?n(``,!0):(o(),c(`p`,N,`还没有学法考法记录。`)),(o(!0),c(f,null,d(g.value.years,r=>{var i;return o(),c(`section`,{key:r.campaignId,class:`card year`,"aria-label":`${r.year} 年度`},[l(`h2`,F,[e(t(r.year)+` 年度 `,1),l(`span`,{class:a([`badge`,r.outcome.toLowerCase()])},t(K[r.outcome]),3)]),l(`p`,I,t(r.campaignTitle),1),l(`p`,null,`学习积分 `+t(r.points)+` / `+t(r.requiredPoints)+` `+t(r.studyCompleted?`（已完成）`:``),1),r.exemption?(o(),c(`p`,L,`免考申请：`+t((i=J[r.exemption])==null?r.exemption:i),1)):n(``,!0),r.attempts.length?(o(),c(`ul`,R,[(o(!0),c(f,null,d(r.attempts,(n,r)=>(o(),c(`li`,{key:r},[e(t(n.kind===`MAKEUP`?`补考`:`正式考试`)+` `+t(n.submittedAt?u(C)(n.submittedAt):``)+`： `,1),l(`strong`,null,t(n.score)+` 分`,1),e(` `+t(n.passed?`通过`:`未通过`)+t(n.autoSubmitted?`（到时自动交卷）`:``),1)]))),128))])):(o(),c(`p`,z,`本年度没有交卷记录。`)),(o(!0),c(f,null,d(r.consequences,e=>(o(),c(`p`,{key:e,class:`consequence`,role:`note`},t(q[e]),1))),128)),S.value[r.campaignId]?(o(),c(`div`,B,[l(`p`,null,[s[0]||(s[0]=e(`成绩证明验证码：`,-1)),l(`span`,V,t(S.value[r.campaignId].code),1)]),l(`p`,H,[e(` 考试日期 `+t(u(w)(S.value[r.campaignId].passedOn))+`。任何人可在 `,1),l(`a`,{href:S.value[r.campaignId].verifyPath,target:`_blank`,rel:`noopener`},`查验页面`,8,U),s[1]||(s[1]=e(` 核对真伪。 `,-1))]),h(u(v),{type:`primary`,block:``,loading:G.value===r.campaignId,onClick:e=>X(r.campaignId)},{default:p(()=>[...s[2]||(s[2]=[e(` 下载成绩证明（PDF） `,-1)])]),_:1},8,[`loading`,`onClick`])])):n(``,!0)],8,P)}),128)),g.value.years.length?(o(),r(u(v),{key:1,plain:``,type:`primary`,block:``,loading:G.value===`record`,onClick:Z},{default:p(()=>[...s[3]||(s[3]=[e(` 导出学法档案（Excel） `,-1)])]),_:1},8,[`loading`])):n(``,!0)],64)):(o(),c(`p`,j,`正在加载…`))])}}}),[[`__scopeId`,`data-v-98b15854`]]);export{W as default};